package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PyTorch hint table, row by row, in a session after its setup cell: every row's guess fails to compile
 * with that row's hint (and no other), every jgrad spelling that a hint names runs, and README.md shows the
 * table as the kernel prints it. Run with {@code -Djgrad.readme.write=true} to rewrite README's table after
 * changing the rows.
 */
class PyTorchHintTableTest {
    private static final String START = "<!-- pytorch-hints:start -->", END = "<!-- pytorch-hints:end -->";
    private static final HintTable TABLE = HintTable.get();
    private static CodeEvaluator eval;
    /** Each row's guess and the error lines it gets, in table order. */
    private static final Map<HintRule, List<String>> ERRORS = new LinkedHashMap<>();

    @BeforeAll
    static void typeEveryGuess() throws Exception {
        eval = new CodeEvaluator();
        eval.eval(TABLE.setup);
        for (HintRule rule : TABLE.rules) {
            try {
                eval.eval(rule.guess());
                ERRORS.put(rule, List.of("(compiled)"));
            } catch (CompilationException e) {
                ERRORS.put(rule, e.lines());
            }
        }
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    private static List<String> hints(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("hint: ")).map(l -> l.substring("hint: ".length())).toList();
    }

    /** The hint that {@code rule} gave its own guess (a guess with two mistakes gets two hints), or empty. */
    private static Optional<String> ownHint(HintRule rule) {
        return hints(ERRORS.get(rule)).stream().filter(rule::couldHaveWritten).findFirst();
    }

    @Test
    void everyGuessGetsTheHintOfItsOwnRow() {
        List<String> wrong = new ArrayList<>();
        for (var e : ERRORS.entrySet()) {
            if (ownHint(e.getKey()).isEmpty()) {
                wrong.add(e.getKey().guess() + " -> " + e.getValue());
            }
        }
        assertTrue(wrong.isEmpty(), "rows whose guess does not get its own hint:\n" + String.join("\n", wrong));
    }

    @Test
    void aGuessWithOneMistakeGetsOneHint() {
        for (String guess : List.of("model(x)", "x.float()", "nn.Sequential(nn.Linear(4, 8), nn.ReLU())", "x.grad")) {
            HintRule rule = TABLE.rules.stream().filter(r -> r.guess().equals(guess)).findFirst().orElseThrow();
            assertEquals(1, hints(ERRORS.get(rule)).size(), ERRORS.get(rule).toString());
        }
    }

    @Test
    void everySpellingIsNamedByItsHintAndRuns() {
        List<String> wrong = new ArrayList<>();
        for (var e : ERRORS.entrySet()) {
            String jgrad = e.getKey().jgrad();
            if (jgrad.equals("-")) {
                continue;
            }
            Optional<String> hint = ownHint(e.getKey());
            if (hint.isEmpty() || !hint.get().contains(jgrad)) {
                wrong.add(e.getKey().guess() + ": the hint " + hint + " does not name " + jgrad);
            }
            try {
                eval.eval(jgrad.replace("{ ... }", "{ }"));
            } catch (Exception ex) {
                wrong.add(e.getKey().guess() + ": " + jgrad + " does not run: " + ex.getMessage());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theGuessesAreDistinctAndHintsOneLineWithoutBackticks() {
        Set<String> guesses = new HashSet<>();
        for (HintRule rule : TABLE.rules) {
            assertTrue(guesses.add(rule.guess()), "two rows guess " + rule.guess());
            assertFalse(rule.hint().contains("\n") || rule.hint().contains("`"), rule.hint());
        }
    }

    @Test
    void noErrorNamesJShellsScaffolding() {
        for (List<String> lines : ERRORS.values()) {
            for (String line : lines) {
                assertFalse(line.contains("$JShell") || line.contains("do_it$") || line.matches("(?s).*location: class\\s*(\\n.*)?"),
                        line);
            }
        }
    }

    @Test
    void theReadmeShowsTheTableAsTheKernelPrintsIt() throws IOException {
        Path readme = readme();
        String text = Files.readString(readme);
        int start = text.indexOf(START), end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has no " + START + " ... " + END + " block");
        String expected = readmeBlock();
        String actual = text.substring(start + START.length(), end);
        if (!expected.equals(actual) && Boolean.getBoolean("jgrad.readme.write")) {
            Files.writeString(readme, text.substring(0, start + START.length()) + expected + text.substring(end));
            return;
        }
        assertEquals(expected, actual, "README.md's hint table is not the table the kernel uses; rerun this test with"
                + " -Djgrad.readme.write=true to rewrite it");
    }

    /** The README block: the setup cell, then one row per table row with the hint its guess got. */
    private static String readmeBlock() {
        StringBuilder sb = new StringBuilder("\nThe examples run after this cell:\n\n```java\n");
        sb.append(TABLE.setup.replace("; ", ";\n")).append("\n```\n\n| you type | the kernel's hint |\n|---|---|\n");
        for (HintRule rule : ERRORS.keySet()) {
            sb.append("| ").append(code(rule.guess())).append(" | ").append(ownHint(rule).map(h -> code(h)).orElse("(none)"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** {@code text} as Markdown code spans, one per line, joined by line breaks. */
    private static String code(String text) {
        List<String> spans = new ArrayList<>();
        for (String line : text.split("\n")) {
            spans.add("`" + line.replace("|", "\\|") + "`");
        }
        return String.join("<br>", spans);
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("kernel"))) {
                return dir.resolve("README.md");
            }
        }
        return fail("README.md not found above " + Path.of("").toAbsolutePath());
    }
}
