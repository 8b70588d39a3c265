package jgrad.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.CellMagicArgs;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import jgrad.kernel.eval.CodeEvaluator;

/**
 * Runs a cell: a leading %%magic takes the whole cell; otherwise Java and %magic lines run in the
 * order they are written, and the cell's value is that of the last of them.
 */
public final class MagicRunner {
    private final Magics registry = new Magics();
    private final MagicParser parser = new MagicParser();

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
            return registry.applyCellMagic(call.getName(), call.getArgs(), call.getBody());
        }
        // Java and %magic lines run in the order they are written; each Java run keeps the lines above it
        // as blank lines, so errors still name the cell's line numbers.
        String[] lines = code.split("\n", -1);
        Object last = CodeEvaluator.NO_VALUE;
        int javaFrom = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean magic = i < lines.length && isLineMagic(lines[i]);
            if (i == lines.length || magic) {
                String java = "\n".repeat(javaFrom) + String.join("\n", slice(lines, javaFrom, i));
                if (!java.isBlank()) {
                    last = evaluator.eval(java);
                }
                javaFrom = i + 1;
            }
            if (magic) {
                last = runLineMagic(lines[i]);
            }
        }
        return last;
    }

    private static String[] slice(String[] lines, int from, int to) {
        return java.util.Arrays.copyOfRange(lines, from, Math.max(from, to));
    }

    private boolean isLineMagic(String line) {
        String t = line.stripLeading();
        return t.startsWith("%") && !t.startsWith("%%") && t.length() > 1 && Character.isLetter(t.charAt(1));
    }

    private Object runLineMagic(String line) throws Exception {
        Object[] result = {CodeEvaluator.NO_VALUE};
        Exception[] failure = {null};
        parser.transformLineMagics(line.stripLeading(), ctx -> {
            try {
                Object r = registry.applyLineMagic(ctx.getMagicCall().getName(), ctx.getMagicCall().getArgs());
                result[0] = r == null ? CodeEvaluator.NO_VALUE : r;
            } catch (Exception e) {
                failure[0] = e;
            }
            return "";
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }
}
