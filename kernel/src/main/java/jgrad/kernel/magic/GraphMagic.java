package jgrad.kernel.magic;

import jgrad.autograd.Tensor;
import jgrad.viz.Plots;
import jgrad.nn.Module;

/** %graph: the autograd graph behind a tensor as SVG, laid out by Eclipse ELK. */
record GraphMagic(MagicValues values) {
    MagicCommand command() {
        return new MagicCommand("%graph TENSOR [--depth N] [--model MODEL]", """
                Draws the autograd graph that produced TENSOR (inputs at the top, TENSOR at the bottom):
                op nodes (blue; the output orange) show the backward function and the shape, value summary
                and, if retained, grad norm of the tensor they produced; leaves: parameters green (named
                like namedParameters, e.g. 0.weight), other leaves yellow, constants grey. Ops sit in a
                dashed block per module call that created them (called with model.call), nested like the model.
                  --depth N      open N levels of module blocks (1: the model, its layers as boxes;
                                 0: the whole model as one box); deeper calls fold into one purple box each
                  --model MODEL  the Module whose names label blocks and parameters (default: the model
                                 the graph was built by)""",
                1, 1, (a, body) -> {
                    Tensor t = values.get(a, "TENSOR", a.positional(0), Tensor.class);
                    String model = a.option("--model", null);
                    Module m = model == null ? null : values.get(a, "MODEL", model, Module.class);
                    return Plots.graph(t, m, a.intOption("--depth", Integer.MAX_VALUE));
                });
    }
}
