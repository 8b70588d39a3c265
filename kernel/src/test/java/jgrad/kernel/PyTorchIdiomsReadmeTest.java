package jgrad.kernel;

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgrad.kernel.eval.CodeEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's "Coming from PyTorch" table: every row's jgrad column, in order, in one kernel session
 * (the kernel's evaluator and default imports), as a student would type them into cells. The table is read
 * from README.md, so it cannot drift from what runs; after some rows a value is checked against PyTorch's.
 */
class PyTorchIdiomsReadmeTest {
    private static final String START = "<!-- pytorch-idioms:start -->", END = "<!-- pytorch-idioms:end -->";
    private static final Pattern CODE = Pattern.compile("`((?:[^`\\\\]|\\\\.)+)`");

    /** After the row whose PyTorch column is the key: an expression and its value (from PyTorch, same inputs). */
    private static final Map<String, String[]> CHECKS = new LinkedHashMap<>();

    static {
        check("`x.grad`", "Arrays.toString(x.grad().toArray())", "[2.0, 4.0, 6.0]");
        check("`with torch.no_grad():`<br>`    x -= 0.1 * x.grad`",
                "Arrays.toString(Arrays.stream(x.toArray()).map(v -> Math.round(v * 1e6) / 1e6).toArray())", "[0.8, 1.6, 2.4]");
        check("`x.grad.zero_()`", "x.grad().sum().item()", "0.0");
        check("`labels = torch.tensor([0, 2, 1])`", "Arrays.toString(labels.toArray())", "[0.0, 2.0, 1.0]");
        check("`t = torch.tensor([0.5, 1.5], dtype=torch.float64)`", "t.dtype()", "FLOAT64");
        check("`X[:, 1]`", "X.select(1, 1).get(5).item() == X.get(5, 1).item()", "true");
        check("`net = Net()`", "net.parameters().size()", "4");
        check("`sum(p.numel() for p in net.parameters())`", "net.parameterCount()", "131");
        check("`z = (x ** 3).sum()`<br>`z.backward(retain_graph=True)`", "z.gradFn() != null", "true");
        check("`optimizer = torch.optim.Adam(net.parameters())`", "optimizer.lr()", "0.001");
        check("`correct = (pred == Y).sum().item()`", "correct == Math.rint(correct) && correct >= 0 && correct <= 64", "true");
        check("`accuracy = (pred == Y).float().mean().item()`", "Math.abs(accuracy - correct / 64) < 1e-6", "true");
        check("`net.eval()`", "net.fc1.isTraining()", "false");
        check("`net.train()`", "net.fc1.isTraining()", "true");
    }

    private static void check(String pytorchCell, String expression, String expected) {
        CHECKS.put(pytorchCell, new String[] {expression, expected});
    }

    record Row(int number, String pytorch, String jgrad) {
    }

    @Test
    void everyRowOfTheReadmeTableRunsInOneSession() throws Exception {
        List<Row> rows = rows();
        assertEquals(40, rows.size(), "the table promises the 40 most common lines");
        Set<String> checked = new HashSet<>();
        try (CodeEvaluator eval = new CodeEvaluator()) {
            for (Row row : rows) {
                try {
                    eval.eval(row.jgrad());
                } catch (Exception e) {
                    fail("README row " + row.number() + " (" + row.pytorch() + ") does not run: " + row.jgrad() + "\n" + e);
                }
                String[] check = CHECKS.get(row.pytorch());
                if (check != null) {
                    checked.add(row.pytorch());
                    assertEquals(check[1], String.valueOf(eval.eval(check[0])), "after README row " + row.number() + ": " + check[0]);
                }
            }
        }
        Set<String> unmatched = new HashSet<>(CHECKS.keySet());
        unmatched.removeAll(checked);
        assertTrue(unmatched.isEmpty(), "checks for rows that are not in the table: " + unmatched);
    }

    /** The table's rows: the PyTorch cell as written, and the jgrad cell's code spans joined by newlines. */
    static List<Row> rows() throws IOException {
        String readme = Files.readString(readme());
        int start = readme.indexOf(START), end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has no " + START + " ... " + END + " table");
        List<Row> rows = new ArrayList<>();
        for (String line : readme.substring(start + START.length(), end).strip().split("\n")) {
            if (!line.startsWith("| `")) {
                continue; // the header and its rule
            }
            String[] cells = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("(?<!\\\\)\\|");
            assertEquals(2, cells.length, "a row needs a PyTorch and a jgrad cell: " + line);
            List<String> code = new ArrayList<>();
            Matcher m = CODE.matcher(cells[1]);
            while (m.find()) {
                code.add(m.group(1).replace("\\|", "|"));
            }
            assertFalse(code.isEmpty(), "the jgrad cell has no code: " + line);
            rows.add(new Row(rows.size() + 1, cells[0].strip(), String.join("\n", code)));
        }
        return rows;
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("kernel"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
}
