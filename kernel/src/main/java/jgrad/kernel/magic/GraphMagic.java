package jgrad.kernel.magic;

import jgrad.autograd.Tensor;
import jgrad.magics.Plots;
import jgrad.nn.Module;

/** %graph: the autograd graph behind a tensor as SVG, laid out by Eclipse ELK. */
record GraphMagic(MagicValues values) {
    MagicCommand command() {
        return new MagicCommand("%graph TENSOR [--depth N] [--model MODEL]", """
                Draws the autograd graph that produced TENSOR (inputs at the top, TENSOR at the bottom):
                op nodes (blue; the output orange) show the backward function and the shape, value summary
                and, if retained, grad norm of the tensor they produced; leaves: parameters green (named
                after MODEL's namedParameters when --model is given), other leaves yellow, constants grey.
                  --depth N      show at most N op levels above TENSOR; the rest is folded
                  --model MODEL  a Module whose parameter names label the leaves""",
                1, 1, (a, body) -> {
                    Tensor t = values.get(a, "TENSOR", a.positional(0), Tensor.class);
                    String model = a.option("--model", null);
                    Module m = model == null ? null : values.get(a, "MODEL", model, Module.class);
                    return Plots.graph(t, m, a.intOption("--depth", Integer.MAX_VALUE));
                });
    }
}
