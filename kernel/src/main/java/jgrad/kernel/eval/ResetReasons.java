package jgrad.kernel.eval;

import java.util.List;
import java.util.regex.Pattern;

/** Why a variable lost its value, in the words of a {@link ResetNote}. */
final class ResetReasons {
    private static final Pattern JAVA_LANG = Pattern.compile("\\bjava\\.lang\\.(?=[A-Z])");

    private ResetReasons() {
    }

    /** The variable's declared type names a class that was replaced, so its old value is of another class. */
    static String typeChanged(String typeName) {
        return "its type " + typeName + " changed";
    }

    /** Its declaration reads declarations that cannot be used now, as JShell names them ("variable b"). */
    static String needs(List<String> unresolved) {
        return "its declaration uses " + String.join(", ", unresolved) + ", which "
                + (unresolved.size() == 1 ? "cannot" : "cannot all") + " be used now";
    }

    /** javac's error for the recompiled declaration: its first line, {@code java.lang.} left out. */
    static String noLongerCompiles(String message) {
        String first = message.strip().lines().findFirst().orElse("");
        return "its declaration no longer compiles: " + JAVA_LANG.matcher(first).replaceAll("");
    }

    /** True if the type {@code typeName} ({@code Foo}, {@code List<Foo>}, {@code Foo[]}) names the class {@code simpleName}. */
    static boolean names(String typeName, String simpleName) {
        return Pattern.compile("(?<![\\w$.])" + Pattern.quote(simpleName) + "(?![\\w$])").matcher(typeName).find();
    }
}
