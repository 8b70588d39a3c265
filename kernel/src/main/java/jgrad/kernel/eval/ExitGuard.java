package jgrad.kernel.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses snippets that call System.exit / Runtime.exit / Runtime.halt. Cells run in the kernel's
 * own JVM, and a SecurityManager is not available on JDK 18+ (removed on JDK 24+), so the call is
 * detected in the source before it runs. Indirect calls (reflection, a library calling exit) are
 * not caught.
 */
final class ExitGuard {
    private static final Pattern EXIT = Pattern.compile(
            "\\bSystem\\s*\\.\\s*exit\\s*\\(|\\bRuntime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(exit|halt)\\s*\\(");

    private ExitGuard() {
    }

    static void check(String source) throws ForbiddenCallException {
        Matcher m = EXIT.matcher(source);
        if (m.find()) {
            String called = m.group(1) == null ? "System.exit" : "Runtime.getRuntime()." + m.group(1);
            throw new ForbiddenCallException(called + " is disabled in the jgrad kernel (it would end the kernel "
                    + "and every variable in it). Use Kernel > Restart instead.");
        }
    }
}
