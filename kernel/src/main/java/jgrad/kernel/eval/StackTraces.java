package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stack frames as a student reads them: the frames they wrote (or project library code), never kernel
 * plumbing, and code from a cell named by its cell and line ({@code at lossOf (cell[2] line 4)}) instead of
 * JShell's generated classes ({@code REPL.$JShell$14.lossOf($JShell$14.java:7)}).
 */
final class StackTraces {
    private static final int MAX_FRAMES = 8;
    private static final int REPEATS_SHOWN = 3;
    private static final List<String> HIDDEN = List.of(
            "jdk.jshell.", "jgrad.kernel.", "java.lang.reflect.", "jdk.internal.", "java.lang.Thread",
            "sun.reflect.", "io.github.spencerpark.");
    /** A frame as StackTraceElement.toString() prints it, e.g. in the autograd anomaly messages. */
    private static final Pattern PRINTED_FRAME = Pattern.compile(
            "(REPL\\.\\$JShell\\$[\\w$]+)\\.([\\w$<>]+)\\(([^()\\s:]*):(\\d+)\\)");
    /**
     * A wrapper class named in a message, e.g. by a NullPointerException ({@code "REPL.$JShell$15.o1" is null})
     * or a ClassCastException ({@code class REPL.$JShell$13$Point}); group 1: the user's nested classes.
     */
    private static final Pattern WRAPPER_NAME = Pattern.compile("REPL\\.\\$JShell\\$\\d+((?:\\$\\w+)*)(\\.?)");
    /** ClassCastException's note on class loaders, which for cell classes only names JShell's loader. */
    private static final Pattern JSHELL_LOADER_NOTE = Pattern.compile(" \\([^()]*loader jdk\\.jshell\\.[^()]*\\)");

    private StackTraces() {
    }

    static List<String> userFrames(StackTraceElement[] trace, SnippetOrigins origins) {
        // Below the outermost cell frame is only the machinery that ran the cell.
        int last = trace.length - 1;
        while (last >= 0 && !SnippetOrigins.isWrapper(trace[last].getClassName())) {
            last--;
        }
        last = last < 0 ? trace.length - 1 : last;
        List<String> out = new ArrayList<>();
        Map<StackTraceElement, String> described = new HashMap<>(); // a deep recursion repeats a few frames
        String previous = null;
        int repeats = 0;
        for (int i = 0; i <= last; i++) {
            StackTraceElement e = trace[i];
            if (HIDDEN.stream().anyMatch(e.getClassName()::startsWith) || i > 0 && callsItsAux(e, trace[i - 1])) {
                continue;
            }
            String line = "\tat " + described.computeIfAbsent(e, f -> describe(f, origins));
            if (line.equals(previous)) {
                if (++repeats >= REPEATS_SHOWN) {
                    continue;
                }
            } else {
                addRepeats(out, repeats);
                previous = line;
                repeats = 0;
            }
            if (out.size() == MAX_FRAMES) {
                out.add("\t...");
                return out;
            }
            out.add(line);
        }
        addRepeats(out, repeats);
        return out;
    }

    /** As Python does, a frame repeated (by recursion) is shown three times, then counted. */
    private static void addRepeats(List<String> out, int repeats) {
        if (repeats >= REPEATS_SHOWN) {
            out.add("\t[previous frame repeated " + (repeats - REPEATS_SHOWN + 1) + " more times]");
        }
    }

    /** A user-defined class by the name the student gave it ({@code REPL.$JShell$15$MyError} is {@code MyError}). */
    static String className(String name) {
        return SnippetOrigins.isWrapper(name) ? userName(name, "") : name;
    }

    /** JShell runs some statements in a {@code do_it$Aux} method that {@code do_it$} calls: one cell line. */
    private static boolean callsItsAux(StackTraceElement e, StackTraceElement callee) {
        return e.getMethodName().equals("do_it$") && callee.getMethodName().equals("do_it$Aux")
                && e.getClassName().equals(callee.getClassName());
    }

    /**
     * {@code text} (an exception message) in the student's names: every printed JShell frame by its cell and
     * line, a variable or method of a cell by its name ({@code "o1"}, {@code "f()"}), a class declared in a cell
     * by the name it was given ({@code Point}).
     */
    static String rewrite(String text, SnippetOrigins origins) {
        if (text == null || !text.contains("$JShell$")) {
            return text;
        }
        Matcher m = PRINTED_FRAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            var frame = new StackTraceElement(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)));
            m.appendReplacement(sb, Matcher.quoteReplacement(describe(frame, origins)));
        }
        m.appendTail(sb);
        return userNames(JSHELL_LOADER_NOTE.matcher(sb).replaceAll(""));
    }

    private static String userNames(String text) {
        Matcher m = WRAPPER_NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String nested = m.group(1);
            String dot = m.group(2);
            String name = nested.isEmpty() ? "" : userName("REPL.$JShell$0" + nested, "");
            String replacement = nested.isEmpty() && !dot.isEmpty() ? "" // a cell's variable or method
                    : name.isEmpty() ? m.group() // the wrapper itself, or an anonymous class: no better name
                    : name + dot;
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code e} by its cell and line when it is a cell's frame that {@code origins} knows, else as Java prints it. */
    static String named(StackTraceElement e, SnippetOrigins origins) {
        boolean known = SnippetOrigins.isWrapper(e.getClassName())
                && origins.locate(e.getClassName(), e.getLineNumber()).isPresent();
        return known ? describe(e, origins) : e.toString();
    }

    static String describe(StackTraceElement e, SnippetOrigins origins) {
        String cls = e.getClassName();
        if (!SnippetOrigins.isWrapper(cls)) {
            return cls + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
        }
        String where = origins.locate(cls, e.getLineNumber()).map(CellLocation::toString)
                .orElse(e.getFileName() + ":" + e.getLineNumber());
        String name = userName(cls, e.getMethodName());
        return name.isEmpty() ? where : name + " (" + where + ")";
    }

    /**
     * What the student called the code: {@code lossOf}, {@code Net.forward}; empty for a cell's own
     * statements (JShell's {@code do_it$} methods and the lambdas in them).
     */
    static String userName(String wrapperClass, String method) {
        // REPL.$JShell$14$Net$1 -> Net (anonymous classes are numbered and named by their method)
        StringBuilder owner = new StringBuilder();
        String[] parts = wrapperClass.split("\\$");
        for (int i = 3; i < parts.length; i++) {
            if (!parts[i].isEmpty() && !Character.isDigit(parts[i].charAt(0))) {
                owner.append(owner.length() == 0 ? "" : ".").append(parts[i]);
            }
        }
        String m = method.startsWith("lambda$") ? method.substring(7, Math.max(7, method.lastIndexOf('$'))) : method;
        if (m.equals("do_it") || m.startsWith("do_it$") || m.equals("<clinit>") && owner.length() == 0) {
            m = "";
        }
        if (owner.length() == 0) {
            return m;
        }
        if (m.equals("<init>")) {
            return "new " + owner;
        }
        return m.isEmpty() ? owner.toString() : owner + "." + m;
    }
}
