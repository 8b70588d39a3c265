package jgrad.kernel.magic;

import java.util.List;
import jgrad.autograd.Tensor;
import jgrad.viz.GradFlow;
import jgrad.viz.Plots;
import jgrad.nn.Module;

/** %gradflow, %gradhist and %acthist: look at a model's gradients and activations. */
record GradientMagics(MagicValues values) {
    List<MagicCommand> commands() {
        return List.of(
                new MagicCommand("%gradflow MODEL", """
                        Bar chart of mean and max |grad| and grad:data (||grad|| / ||weights||) per parameter,
                        input layer first, on a log axis. Run after loss.backward(). Parameters without a
                        gradient are labelled "(no grad)"; the same numbers are printed as a table.""",
                        1, 1, (a, body) -> {
                            GradFlow flow = GradFlow.of(model(a));
                            System.out.println(flow);
                            return flow.chart();
                        }),
                new MagicCommand("%gradhist MODEL", """
                        Histogram of each parameter's gradient, one small chart per parameter (after backward).""",
                        1, 1, (a, body) -> Plots.gradHist(model(a))),
                new MagicCommand("%acthist MODEL INPUT...", """
                        Histogram of every layer's output when INPUT (a Tensor expression) goes through MODEL,
                        a Sequential run layer by layer without recording gradients. Over training, use
                        var cd = new ColorfulDimension(model); cd.record(step, probe) every few steps and
                        display(cd.chart()) for the "colorful dimension" heatmaps (activation histogram x steps).""",
                        2, 2, (a, body) -> Plots.actHist(model(a),
                                values.get(a, "INPUT", a.positional(1), Tensor.class))));
    }

    private Module model(MagicArgs a) throws Exception {
        return values.get(a, "MODEL", a.positional(0), Module.class);
    }
}
