package jgrad.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.CellMagicArgs;
import io.github.spencerpark.jupyter.kernel.magic.LineMagicArgs;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.util.Arrays;
import java.util.concurrent.Callable;
import jgrad.kernel.eval.CodeEvaluator;

/**
 * Runs a cell: a leading %%magic takes the whole cell; otherwise Java and %magic lines run in the
 * order they are written, and the cell's value is that of the last of them.
 */
public final class MagicRunner {
    private final Magics registry = new Magics();
    private final MagicParser parser = new MagicParser();
    private AfterMagic afterMagic = () -> {
    };

    /** Runs after every magic, before the Java below it (e.g. to install plug-ins of jars a magic added). */
    public interface AfterMagic {
        void run() throws Exception;
    }

    public void afterEachMagic(AfterMagic hook) {
        this.afterMagic = hook;
    }

    public Magics registry() {
        return registry;
    }

    public Object run(String code, CodeEvaluator evaluator) throws Exception {
        if (code.strip().startsWith("%%") && !code.strip().contains("\n")) {
            code = code.strip() + "\n "; // a body-less cell magic ("%%track --help") is still a cell magic
        }
        var cell = parser.parseCellMagic(code);
        if (cell != null) {
            CellMagicArgs call = cell.getMagicCall();
            return thenAfterMagic(() -> registry.applyCellMagic(call.getName(), call.getArgs(), call.getBody()));
        }
        // Java and %magic lines run in the order they are written; each Java run keeps the lines above it
        // as blank lines, so errors still name the cell's line numbers.
        String[] lines = code.split("\n", -1);
        Object last = CodeEvaluator.NO_VALUE;
        int javaFrom = 0;
        for (int i = 0; i <= lines.length; i++) {
            LineMagicArgs magic = i < lines.length ? lineMagicOf(lines[i]) : null;
            if (i == lines.length || magic != null) {
                String java = "\n".repeat(javaFrom) + String.join("\n", Arrays.copyOfRange(lines, javaFrom, i));
                if (!java.isBlank()) {
                    last = evaluator.eval(java);
                }
                javaFrom = i + 1;
            }
            if (magic != null) {
                Object r = thenAfterMagic(() -> registry.applyLineMagic(magic.getName(), magic.getArgs()));
                last = r == null ? CodeEvaluator.NO_VALUE : r;
            }
        }
        return last;
    }

    /**
     * Runs a magic, then the after-magic hook, also when the magic failed part-way (a %classpath whose
     * second jar is missing has added the first); the magic's own error is the one the cell reports then,
     * and a failure of the hook is printed, not lost.
     */
    private Object thenAfterMagic(Callable<Object> magic) throws Exception {
        Object value;
        try {
            value = magic.call();
        } catch (Exception e) {
            try {
                afterMagic.run();
            } catch (Exception hook) {
                System.err.println(hook.getMessage());
            }
            throw e;
        }
        afterMagic.run();
        return value;
    }

    /** The magic call on this line, or null if it is Java: basekernel's parser decides, as for whole cells. */
    private LineMagicArgs lineMagicOf(String line) {
        LineMagicArgs[] call = {null};
        parser.transformLineMagics(line, ctx -> {
            call[0] = ctx.getMagicCall();
            return "";
        });
        return call[0];
    }
}
