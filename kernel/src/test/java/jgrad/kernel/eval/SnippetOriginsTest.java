package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lines of JShell's wrapper classes map back to the lines of the snippet they were compiled from. */
class SnippetOriginsTest {
    private static JShell shell;
    private static SourceCodeAnalysis analysis;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
        analysis = shell.sourceCodeAnalysis();
        shell.eval("String text = \"abc\";");
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    /** Snippets as CodeEvaluator passes them: all but a cell's first start with the previous line's end. */
    private static final List<String> SNIPPETS = List.of(
            "\nvar trimmed = text.trim();",
            "\nString upper = text\n    .toUpperCase();",
            "\nint sum = 1\n  + text.length();",
            "\n\nint half(int x) {\n  int y = x;\n  return y / 2;\n}",
            "\n// a comment\nclass Counter {\n  int n;\n  int next() {\n    return ++n;\n  }\n}",
            "\nfor (int i = 0; i < 2; i++) {\n  text.length();\n}",
            "Runnable r = () -> {\n  int z = text.length();\n};",
            "\n/** doc */\nvar list = java.util.List.of(1,\n    2);",
            "text.length()\n  + 1",
            "int u = 1, v = text.length();");

    @Test
    void everyCopiedSourceLineMapsBackToItsLine() {
        int checked = 0;
        for (String source : SNIPPETS) {
            List<String> sourceLines = Arrays.asList(source.split("\n", -1));
            for (SnippetEvent event : shell.eval(source)) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                SourceCodeAnalysis.SnippetWrapper w = analysis.wrapper(event.snippet());
                String[] wrapped = w.wrapped().split("\n", -1);
                for (int i = 0; i < wrapped.length; i++) {
                    String text = wrapped[i].strip();
                    long copies = sourceLines.stream().filter(l -> l.strip().equals(text)).count();
                    if (text.length() > 1 && copies == 1) {
                        assertEquals(sourceLines.indexOf(sourceLines.stream().filter(l -> l.strip().equals(text))
                                .findFirst().orElseThrow()) + 1, SnippetOrigins.snippetLine(w, i + 1),
                                "wrapper line " + (i + 1) + " '" + text + "' of\n" + w.wrapped());
                        checked++;
                    }
                }
            }
        }
        // the continuation lines of the multi-line snippets above, at least
        assertEquals(true, checked >= 12, "lines checked: " + checked);
    }

    @Test
    void scaffoldingBeforeAnInitializerCountsAsTheInitializersLine() {
        SnippetEvent event = shell.eval("\n\nvar n = text\n    .length();").get(0);
        SourceCodeAnalysis.SnippetWrapper w = analysis.wrapper(event.snippet());
        List<String> wrapped = Arrays.asList(w.wrapped().split("\n", -1));
        int scaffold = indexOfLineEndingWith(wrapped, "_ =");
        assertEquals(3, SnippetOrigins.snippetLine(w, scaffold + 1), w.wrapped());
        assertEquals(-1, SnippetOrigins.snippetLine(w, wrapped.size() + 1));
    }

    private static int indexOfLineEndingWith(List<String> lines, String end) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().endsWith(end)) {
                return i;
            }
        }
        throw new AssertionError("no line ending with " + end + " in " + lines);
    }

    @Test
    void codeStartsWhereItSitsInTheCell() {
        SnippetOrigins origins = new SnippetOrigins(analysis);
        origins.beginCell(4, "%%time\nint a = 1;\nint b = 2;");
        assertEquals(2, origins.firstLineOf("int a = 1;\nint b = 2;"));
        assertEquals(1, origins.firstLineOf("\nint a = 1;\nint b = 2;"), "line magic blanked: same lines");
        assertEquals(1, origins.firstLineOf("int c = 3;"), "not from this cell");
    }

    @Test
    void aSnippetStartsWhereItsTypedTextDoes() {
        assertEquals(5, SnippetOrigins.sourceLine(5, "\n\nint a;", "\n\nint a;"));
        assertEquals(7, SnippetOrigins.sourceLine(5, "\n\nint a;", "int a;"));
    }

    @Test
    void lineOfCountsNewlinesBefore() {
        assertEquals(1, SnippetOrigins.lineOf("ab\ncd", 0));
        assertEquals(1, SnippetOrigins.lineOf("ab\ncd", 2));
        assertEquals(2, SnippetOrigins.lineOf("ab\ncd", 3));
    }

    @Test
    void wrapperClassesAreRecognisedWithTheirNestedClasses() {
        assertEquals(true, SnippetOrigins.isWrapper("REPL.$JShell$14"));
        assertEquals(true, SnippetOrigins.isWrapper("REPL.$JShell$14B$Net"));
        assertEquals(false, SnippetOrigins.isWrapper("jgrad.autograd.Tensor"));
    }
}
