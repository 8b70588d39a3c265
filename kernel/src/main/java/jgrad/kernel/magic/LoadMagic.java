package jgrad.kernel.magic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import jgrad.kernel.eval.CellInterruptedException;
import jgrad.kernel.eval.CodeEvaluator;

/**
 * {@code %load FILE}: runs a Java file (.java, .jsh) or the code cells of a notebook (.ipynb, magics
 * included) in this session. A failure names the file and, for a notebook, the cell.
 */
final class LoadMagic {
    private final CodeEvaluator evaluator;
    private final MagicRunner runner;
    private final Deque<Path> loading = new ArrayDeque<>();

    LoadMagic(CodeEvaluator evaluator, MagicRunner runner) {
        this.evaluator = evaluator;
        this.runner = runner;
    }

    Object load(String file) throws Exception {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file: " + path);
        }
        if (loading.contains(path)) {
            throw new IllegalArgumentException(path.getFileName() + " loads itself (through " + loading.peek().getFileName() + ")");
        }
        loading.push(path);
        try {
            Object last = path.getFileName().toString().endsWith(".ipynb") ? runNotebook(path) : runFile(path);
            return last == CodeEvaluator.NO_VALUE ? null : last;
        } finally {
            loading.pop();
        }
    }

    private Object runFile(Path path) throws Exception {
        String code = Files.readString(path);
        try {
            return evaluator.runAs(path.getFileName().toString(), code, () -> evaluator.eval(code));
        } catch (CellInterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new LoadedCodeException("in " + path.getFileName(), e);
        }
    }

    private Object runNotebook(Path path) throws Exception {
        Object last = CodeEvaluator.NO_VALUE;
        for (NotebookCells.Cell cell : NotebookCells.read(path)) {
            if (cell.source().isBlank()) {
                continue;
            }
            try {
                String name = path.getFileName() + " cell " + cell.number();
                last = evaluator.runAs(name, cell.source(), () -> runner.run(cell.source(), evaluator));
            } catch (CellInterruptedException e) {
                throw e; // the user stopped it: not a fault of the notebook
            } catch (Exception e) {
                throw new LoadedCodeException("in " + path.getFileName() + ", cell " + cell.number()
                        + " (" + firstLine(cell.source()) + ")", e);
            }
        }
        return last;
    }

    private static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
