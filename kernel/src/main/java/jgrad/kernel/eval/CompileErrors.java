package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.Diag;

/**
 * The lines of a compile error as a student reads them: each error's source line and message, and the PyTorch
 * hint when a row of the table applies. javac's words for JShell's scaffolding are left out (the nameless class
 * that a cell's code sits in, its {@code do_it$} method), an error repeated at another place on the same line is
 * shown once, and of several syntax errors only the first, as Python does: the rest are javac's parser losing
 * its way after it.
 */
final class CompileErrors {
    /** javac's codes for errors of its parser, which come alone: no later stage runs after them. */
    private static final List<String> SYNTAX = List.of("compiler.err.expected", "compiler.err.illegal.start.of",
            "compiler.err.premature.eof", "compiler.err.not.stmt", "compiler.err.orphaned", "compiler.err.else.without.if",
            "compiler.err.illegal.char", "compiler.err.unclosed", "compiler.err.invalid.meth.decl.ret.type.req",
            "compiler.err.dot.class.expected", "compiler.err.malformed");
    /** "location: class " with no name: the class JShell wraps a cell's code in. */
    private static final Pattern NAMELESS_LOCATION = Pattern.compile("\\n\\s*location: class\\s*(?=\\n|$)");
    /** "method g in class  cannot be applied": the same nameless class inside a sentence. */
    private static final Pattern IN_NAMELESS_CLASS = Pattern.compile(" in class (?=\\s)");
    private static final Pattern IN_WRAPPER_METHOD = Pattern.compile(" in method do_it\\$\\w*\\(\\)");
    private static final Pattern WRAPPER_CLASS = Pattern.compile("(?:REPL\\.)?\\$JShell\\$\\d+[A-Z]*[.$]?");

    private CompileErrors() {
    }

    /** The lines for the errors among {@code diagnostics} of the snippet {@code source}. */
    static List<String> lines(String source, List<Diag> diagnostics, HintFacts facts) {
        List<Diag> errors = diagnostics.stream().filter(Diag::isError).toList();
        List<Diag> syntax = errors.stream().filter(CompileErrors::isSyntax).limit(1).toList();
        List<String> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        Set<String> hints = new HashSet<>();
        for (Diag d : syntax.isEmpty() ? errors : syntax) {
            int start = (int) d.getStartPosition();
            int lineStart = start < 0 || start > source.length() ? 0 : source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
            int lineEnd = source.indexOf('\n', Math.max(lineStart, start));
            String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
            String message = message(d.getMessage(null));
            if (!shown.add(line + "\n" + message)) {
                continue;
            }
            out.add(line.strip());
            out.add("error: " + message);
            int spanStart = Math.max(start, lineStart) - lineStart;
            int spanEnd = (int) Math.max(d.getEndPosition(), d.getPosition()) - lineStart;
            PyTorchHints.hint(new CompileError(d.getCode(), message, line, spanStart, spanEnd), facts)
                    .filter(hints::add).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            out.add(source.strip());
            out.add("error: snippet was rejected");
        }
        return out;
    }

    /** javac's message without the names of JShell's scaffolding. */
    static String message(String javac) {
        String m = NAMELESS_LOCATION.matcher(javac).replaceAll("");
        m = IN_NAMELESS_CLASS.matcher(m).replaceAll("");
        m = IN_WRAPPER_METHOD.matcher(m).replaceAll("");
        return WRAPPER_CLASS.matcher(m).replaceAll("");
    }

    private static boolean isSyntax(Diag d) {
        String code = d.getCode();
        return code != null && SYNTAX.stream().anyMatch(code::startsWith);
    }
}
