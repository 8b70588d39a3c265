package jgrad.kernel.magic;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import jgrad.autograd.Tensor;
import jgrad.viz.GradCheckTable;
import jgrad.viz.Landscape;
import jgrad.viz.Plots;
import jgrad.viz.Surface;

/** %gradcheck, %plot and %landscape: derivatives and optimizers for teaching. */
record CalculusMagics(MagicValues values) {
    List<MagicCommand> commands() {
        return List.of(
                new MagicCommand("%gradcheck FN INPUTS...", """
                        Compares autograd with float64 finite differences (GradCheck) and shows a table of
                        analytic vs numerical gradients, relative error coloured: < 1e-7 green, > 1e-2 red.
                        FN: a Function<Tensor[], Tensor> variable or a quoted lambda; INPUTS: tensor expressions.
                          %gradcheck "xs -> xs[0].mul(xs[1]).tanh()" a b
                          %gradcheck f Tensor.randn(3), Tensor.randn(3)""",
                        2, 2, (a, body) -> GradCheckTable.check(fn(a), inputs(a))),
                new MagicCommand("%plot F... [--from A] [--to B]", """
                        Plots f and its derivative computed by autograd; F is an elementwise Tensor function,
                        a lambda or a Function<Tensor, Tensor> variable. Default range [-5, 5].
                        F may instead be numbers, plotted over their index as a loss history is: a
                        List<Double> or List<Float>, a double[] or float[], or a 1-D tensor.
                          %plot x -> x.tanh() --from -3 --to 3
                          %plot losses""",
                        1, 1, (a, body) -> plot(a)),
                new MagicCommand("%landscape [--surface NAME] [--steps N]", """
                        Contour lines of a 2D test function with the paths of SGD, SGD with momentum 0.9,
                        RMSprop and Adam from the same start point (jgrad.optim on autograd gradients).
                          --surface NAME  rosenbrock (default), beale or quadratic (condition number 25)
                          --steps N       optimizer steps per path (default 1000)""",
                        0, 0, (a, body) -> Landscape.of(surface(a), a.intOption("--steps", 1000)).chart()));
    }

    private Object plot(MagicArgs a) throws Exception {
        String arg = a.positional(0);
        if (!arg.contains("->") && !arg.contains("::")) { // a lambda is a function; anything else may be a series
            Optional<Object> value = values.evalIfItCompiles("(Object) (" + arg + ")");
            Optional<List<Double>> series = value.flatMap(NumberSeries::of);
            if (series.isPresent()) {
                if (series.get().isEmpty()) {
                    throw a.error("'" + arg + "' is empty: nothing to plot");
                }
                return Plots.lossCurve(series.get());
            }
        }
        return Plots.functionAndDerivative(unary(a), a.doubleOption("--from", -5), a.doubleOption("--to", 5));
    }

    private static Surface surface(MagicArgs a) {
        String name = a.option("--surface", "rosenbrock");
        for (Surface s : Surface.values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw a.error("unknown surface '" + name + "' (rosenbrock, beale or quadratic)");
    }

    @SuppressWarnings("unchecked")
    private Function<Tensor[], Tensor> fn(MagicArgs a) throws Exception {
        String expr = "(java.util.function.Function<Tensor[], Tensor>) (" + a.positional(0) + ")";
        return values.get(a, "FN", expr, Function.class);
    }

    /** Accepts a lambda, a UnaryOperator<Tensor> or a Function<Tensor, Tensor> (a cast to the narrower type would fail at run time). */
    @SuppressWarnings("unchecked")
    private UnaryOperator<Tensor> unary(MagicArgs a) throws Exception {
        String expr = "(java.util.function.Function<Tensor, Tensor>) (" + a.positional(0) + ")";
        Function<Tensor, Tensor> f = values.get(a, "F", expr, Function.class);
        return f::apply;
    }

    /** Comma-separated expressions, or space-separated names when there is no comma. */
    private Tensor[] inputs(MagicArgs a) throws Exception {
        String raw = a.positional(1);
        String list = raw.contains(",") ? raw : String.join(", ", raw.trim().split("\\s+"));
        return values.get(a, "INPUTS", "new Tensor[] {" + list + "}", Tensor[].class);
    }
}
