package jgrad.kernel.magic;

import java.util.function.BiFunction;
import jgrad.autograd.Tensor;
import jgrad.data.DataLoader;
import jgrad.viz.LrFinder;
import jgrad.nn.Module;
import jgrad.optim.Optimizer;

/** %lrfind: the learning-rate range test, leaving model, optimizer and random state untouched. */
record LrFindMagic(MagicValues values) {
    MagicCommand command() {
        return new MagicCommand("%lrfind MODEL LOADER LOSS [--optimizer OPT] [--start A] [--end B] [--steps N]", """
                Trains MODEL on batches of LOADER (a DataLoader) with the learning rate growing from A to B
                (default 1e-7 to 10, 100 steps), plots the smoothed loss against the rate on a log axis and
                suggests the rate where the loss falls fastest. LOSS is a (prediction, target) -> loss
                function such as Loss::crossEntropy, or a loss module (new CrossEntropyLoss()). Uses OPT (default: plain SGD) and restores the model's
                weights, the optimizer's state and rate, and the random generators afterwards.
                  %lrfind model loader Loss::crossEntropy --optimizer adam""",
                3, 3, (a, body) -> {
                    Module model = values.get(a, "MODEL", a.positional(0), Module.class);
                    DataLoader loader = values.get(a, "LOADER", a.positional(1), DataLoader.class);
                    BiFunction<Tensor, Tensor, Tensor> loss = loss(a);
                    String opt = a.option("--optimizer", null);
                    double start = a.doubleOption("--start", 1e-7);
                    double end = a.doubleOption("--end", 10);
                    int steps = a.intOption("--steps", 100);
                    LrFinder finder = opt == null ? LrFinder.run(model, loader, loss, start, end, steps)
                            : LrFinder.run(model, loader, loss, values.get(a, "OPT", opt, Optimizer.class),
                                    start, end, steps);
                    System.out.println(finder);
                    return finder.chart();
                });
    }

    @SuppressWarnings("unchecked")
    private BiFunction<Tensor, Tensor, Tensor> loss(MagicArgs a) throws Exception {
        String expr = "(java.util.function.BiFunction<Tensor, Tensor, Tensor>) (" + a.positional(2) + ")";
        return values.get(a, "LOSS", expr, BiFunction.class);
    }
}
