package jgrad.kernel.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel's configuration from its environment. A value that cannot be used is left out and
 * becomes a problem naming the variable; the kernel starts anyway and shows the problems in the
 * first cell. {@code JGRAD_JVM_OPTS} and {@code JGRAD_JAVA} are the launcher's (see
 * scripts/install-kernel.sh); {@code JGRAD_MAVEN_REPO} is read by the Maven resolver.
 */
public record KernelSettings(List<String> compilerOptions, List<Path> classpath, List<StartupScript> startupScripts,
        Optional<Duration> cellTimeLimit, List<String> problems) {
    public static final String COMPILER_OPTS = "JGRAD_COMPILER_OPTS";
    public static final String CLASSPATH = "JGRAD_CLASSPATH";
    public static final String STARTUP_SCRIPTS_PATH = "JGRAD_STARTUP_SCRIPTS_PATH";
    public static final String STARTUP_SCRIPT = "JGRAD_STARTUP_SCRIPT";
    public static final String TIMEOUT = "JGRAD_TIMEOUT";

    /** No configuration: what a kernel built in a test gets. */
    public static KernelSettings none() {
        return new KernelSettings(List.of(), List.of(), List.of(), Optional.empty(), List.of());
    }

    public static KernelSettings from(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        List<String> options = List.of();
        String opts = value(env, COMPILER_OPTS);
        if (opts != null) {
            try {
                options = OptionWords.split(opts);
            } catch (IllegalArgumentException e) {
                problems.add(COMPILER_OPTS + ": " + e.getMessage());
            }
        }
        String cp = value(env, CLASSPATH);
        List<Path> classpath = cp == null ? List.of() : PathList.expand(CLASSPATH, cp, problems);
        List<StartupScript> scripts = new ArrayList<>();
        String scriptsPath = value(env, STARTUP_SCRIPTS_PATH);
        if (scriptsPath != null) {
            for (Path file : PathList.expand(STARTUP_SCRIPTS_PATH, scriptsPath, problems)) {
                if (!Files.isRegularFile(file)) {
                    problems.add(STARTUP_SCRIPTS_PATH + ": not a file: " + file);
                    continue;
                }
                try {
                    scripts.add(new StartupScript(file.toString(), Files.readString(file)));
                } catch (IOException e) {
                    problems.add(STARTUP_SCRIPTS_PATH + ": cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        String script = value(env, STARTUP_SCRIPT);
        if (script != null) {
            scripts.add(new StartupScript(STARTUP_SCRIPT, script));
        }
        Optional<Duration> limit = Optional.empty();
        String timeout = value(env, TIMEOUT);
        if (timeout != null) {
            try {
                limit = CellTimeLimit.parse(timeout);
            } catch (IllegalArgumentException e) {
                problems.add(TIMEOUT + ": " + e.getMessage() + "; cells run without a time limit");
            }
        }
        return new KernelSettings(options, classpath, List.copyOf(scripts), limit, List.copyOf(problems));
    }

    /** The same settings with one more problem (found while applying them). */
    public KernelSettings withProblem(String problem) {
        List<String> more = new ArrayList<>(problems);
        more.add(problem);
        return new KernelSettings(compilerOptions, classpath, startupScripts, cellTimeLimit, List.copyOf(more));
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
