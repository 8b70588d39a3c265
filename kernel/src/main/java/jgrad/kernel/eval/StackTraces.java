package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;

/** Keeps only the stack frames a student wrote (or project library code), never kernel plumbing. */
final class StackTraces {
    private static final int MAX_FRAMES = 8;
    private static final List<String> HIDDEN = List.of(
            "jdk.jshell.", "jgrad.kernel.", "java.lang.reflect.", "jdk.internal.", "java.lang.Thread",
            "sun.reflect.", "io.github.spencerpark.");

    private StackTraces() {
    }

    static List<String> userFrames(StackTraceElement[] trace) {
        List<String> out = new ArrayList<>();
        for (StackTraceElement e : trace) {
            String cls = e.getClassName();
            if (HIDDEN.stream().anyMatch(cls::startsWith)) {
                continue;
            }
            if (out.size() == MAX_FRAMES) {
                out.add("\t...");
                break;
            }
            out.add("\tat " + describe(e));
        }
        return out;
    }

    private static String describe(StackTraceElement e) {
        if (e.getClassName().isEmpty() || e.getClassName().startsWith("REPL.")) {
            String m = e.getMethodName();
            String method = m.isEmpty() || m.equals("do_it$") ? "cell" : m;
            return method + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
        }
        return e.getClassName() + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
    }
}
