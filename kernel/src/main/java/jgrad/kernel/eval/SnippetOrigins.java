package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.SnippetWrapper;

/**
 * Remembers which cell (and line in it) every snippet came from, and maps a line of the class JShell
 * wrapped a snippet in ({@code REPL.$JShell$14}, line 7) back to that cell line. JShell's own
 * translation of stack traces counts lines from the wrong place when a snippet starts with blank lines,
 * as every snippet after a cell's first does.
 */
final class SnippetOrigins {
    /** The top-level wrapper class: {@code REPL.$JShell$14}, or {@code $JShell$14B} once recompiled. */
    private static final Pattern WRAPPER = Pattern.compile("^(REPL\\.\\$JShell\\$\\d+)([A-Z]*)");

    private record Origin(Snippet snippet, String cell, int firstLine) {
    }

    /** The cell whose snippets are being recorded: its name in traces and its source. */
    record Cell(String name, String source) {
    }

    /** How many of the session's newest snippets may be the one running: a snippet's source can declare several. */
    private static final int RUNNING_CANDIDATES = 4;

    private final SourceCodeAnalysis analysis;
    private final Supplier<Stream<Snippet>> snippets;
    private final List<Origin> origins = new ArrayList<>();
    private volatile Cell cell = new Cell(CellLocation.cellName(0), "");
    /** The cell line that the snippet running now starts on, -1 between snippets. */
    private volatile int runningLine = -1;

    SnippetOrigins(SourceCodeAnalysis analysis) {
        this(analysis, Stream::empty);
    }

    /**
     * @param snippets the session's snippets, oldest first; the running one is among the newest, which lets
     *                 a frame of it be named while it runs (anomaly mode names the code that made a NaN then)
     */
    SnippetOrigins(SourceCodeAnalysis analysis, Supplier<Stream<Snippet>> snippets) {
        this.analysis = analysis;
        this.snippets = snippets;
    }

    /** Runs {@code body}, which evaluates a snippet starting on line {@code firstLine} of the current cell. */
    <T> T running(int firstLine, Supplier<T> body) {
        runningLine = firstLine;
        try {
            return body.get();
        } finally {
            runningLine = -1;
        }
    }

    /** The cell whose snippets are recorded next; {@code executionCount} 0 for one without (silent). */
    void beginCell(int executionCount, String source) {
        beginCell(new Cell(CellLocation.cellName(executionCount), source));
    }

    /** The cell whose snippets are recorded next, by name (code that %load runs: "prep.ipynb cell 4"). */
    void beginCell(Cell next) {
        cell = next;
    }

    Cell currentCell() {
        return cell;
    }

    /**
     * The cell line that {@code code} starts on: a cell magic's body follows its first line; code that
     * is not the cell's tail (a cell with line magics blanked out, a loaded file) counts from line 1.
     */
    int firstLineOf(String code) {
        String cell = this.cell.source();
        return cell.endsWith(code) ? lineOf(cell, cell.length() - code.length()) : 1;
    }

    /**
     * The cell line that JShell's snippet {@code source} starts on, made from {@code typed} text that starts
     * on {@code typedLine}; both may begin with blank lines, and the first code in them is the same.
     */
    static int sourceLine(int typedLine, String typed, String source) {
        return typedLine + linesBeforeCode(typed) - linesBeforeCode(source);
    }

    private static int linesBeforeCode(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return lineOf(text, i) - 1;
    }

    /** The snippet's source starts on line {@code firstLine} of the current cell. */
    synchronized void record(Snippet snippet, int firstLine) {
        origins.add(new Origin(snippet, cell.name(), firstLine));
    }

    /** True for JShell wrapper classes and the classes declared in them. */
    static boolean isWrapper(String className) {
        return WRAPPER.matcher(className).find();
    }

    /** The cell line that line {@code wrapperLine} of {@code className} (or a class nested in it) was compiled from. */
    synchronized Optional<CellLocation> locate(String className, int wrapperLine) {
        Matcher m = WRAPPER.matcher(className);
        if (!m.find() || wrapperLine <= 0) {
            return Optional.empty();
        }
        String exact = m.group(1) + m.group(2);
        // A recompiled snippet keeps its number and gets a letter; an old version's frame maps by its number.
        Origin sameNumber = null;
        for (int i = origins.size() - 1; i >= 0; i--) {
            Origin o = origins.get(i);
            String name = wrapperName(o.snippet());
            if (name.equals(exact)) {
                return locate(o, wrapperLine);
            }
            if (sameNumber == null && baseName(name).equals(m.group(1))) {
                sameNumber = o;
            }
        }
        if (sameNumber != null) {
            return locate(sameNumber, wrapperLine);
        }
        return runningSnippet(exact).flatMap(o -> locate(o, wrapperLine));
    }

    /** The snippet running now, if its wrapper class is {@code wrapperClass}: it is recorded only once it ends. */
    private Optional<Origin> runningSnippet(String wrapperClass) {
        int line = runningLine;
        if (line < 0) {
            return Optional.empty();
        }
        List<Snippet> all = snippets.get().toList();
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - RUNNING_CANDIDATES); i--) {
            if (wrapperName(all.get(i)).equals(wrapperClass)) {
                return Optional.of(new Origin(all.get(i), cell.name(), line));
            }
        }
        return Optional.empty();
    }

    private Optional<CellLocation> locate(Origin found, int wrapperLine) {
        int line = snippetLine(analysis.wrapper(found.snippet()), wrapperLine);
        return line < 0 ? Optional.empty()
                : Optional.of(new CellLocation(found.cell(), found.firstLine() + line - 1));
    }

    private String wrapperName(Snippet snippet) {
        try {
            return analysis.wrapper(snippet).fullClassName();
        } catch (RuntimeException e) { // a snippet JShell never compiled has no wrapper class
            return "";
        }
    }

    private static String baseName(String wrapperName) {
        Matcher m = WRAPPER.matcher(wrapperName);
        return m.find() ? m.group(1) : wrapperName;
    }

    /**
     * The 1-based line of the snippet's source that wrapper line {@code wrapperLine} (1-based) was compiled
     * from, or -1. A line of JShell's scaffolding (such as {@code int r_ =} before an initializer) counts
     * as the source line after it, or else before it.
     */
    static int snippetLine(SnippetWrapper w, int wrapperLine) {
        String[] lines = w.wrapped().split("\n", -1);
        if (wrapperLine > lines.length) {
            return -1;
        }
        int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        for (int i = wrapperLine - 1; i < lines.length; i++) {
            int line = sourceLineAt(w, lines[i], starts[i]);
            if (line > 0) {
                return line;
            }
        }
        for (int i = wrapperLine - 2; i >= 0; i--) {
            int line = sourceLineAt(w, lines[i], starts[i]);
            if (line > 0) {
                return line;
            }
        }
        return -1;
    }

    /**
     * The source line of the first snippet character on a wrapper line (starting at {@code start}), or -1
     * when it has none. A wrapper character is a copy of the source when it maps to the same character,
     * and so does the next one to the next (JShell maps its own scaffolding to arbitrary places).
     */
    private static int sourceLineAt(SnippetWrapper w, String line, int start) {
        String source = w.source();
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                continue;
            }
            int sp = w.wrappedToSourcePosition(start + i);
            if (copies(source, sp, line.charAt(i)) && (i + 1 == line.length()
                    || w.wrappedToSourcePosition(start + i + 1) == sp + 1 && copies(source, sp + 1, line.charAt(i + 1)))) {
                return lineOf(source, sp);
            }
        }
        return -1;
    }

    private static boolean copies(String source, int pos, char c) {
        return pos >= 0 && pos < source.length() && source.charAt(pos) == c;
    }

    /** The 1-based line of {@code text} that holds index {@code pos}. */
    static int lineOf(String text, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
