package jgrad.kernel.spi;

/**
 * A plug-in for the jgrad kernel. A jar provides one by naming its class in
 * {@code META-INF/services/jgrad.kernel.spi.KernelExtension}; when the jar is added to a session
 * ({@code %classpath}, {@code %maven}), the kernel creates it with its public no-arg constructor and
 * calls {@link #install} once per session.
 */
public interface KernelExtension {
    /** Adds this plug-in's renderers and runs its startup code; an exception is reported to the user. */
    void install(KernelSession session) throws Exception;
}
