package jgrad.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.CellMagicArgs;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import jgrad.kernel.eval.CodeEvaluator;

/**
 * Runs a cell: a leading %%magic takes the whole cell; %magic lines run in place (their result is
 * the cell's value if nothing else follows); the rest is Java for the evaluator.
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
        Object[] lastMagic = {CodeEvaluator.NO_VALUE};
        Exception[] failure = {null};
        String java = parser.transformLineMagics(code, ctx -> {
            if (failure[0] != null) {
                return "";
            }
            try {
                Object r = registry.applyLineMagic(ctx.getMagicCall().getName(), ctx.getMagicCall().getArgs());
                lastMagic[0] = r == null ? CodeEvaluator.NO_VALUE : r;
            } catch (Exception e) {
                failure[0] = e;
            }
            return "";
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        if (java.isBlank()) {
            return lastMagic[0];
        }
        return evaluator.eval(java);
    }
}
