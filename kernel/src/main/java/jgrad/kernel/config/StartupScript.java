package jgrad.kernel.config;

/** Code that runs before the first cell: a file of {@code JGRAD_STARTUP_SCRIPTS_PATH} or {@code JGRAD_STARTUP_SCRIPT}. */
public record StartupScript(String name, String code) {
}
