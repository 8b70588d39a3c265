package jgrad.kernel.magic;

import jgrad.kernel.eval.CodeEvaluator;
import jgrad.viz.BackgroundSink;
import jgrad.viz.Track;
import jgrad.viz.Tracker;
import jgrad.nn.Module;

/** %%track: runs the cell with a live {@link Tracker} behind log/step/epoch/progress. */
record TrackMagic(CodeEvaluator evaluator, MagicValues values) {
    static final String USAGE = "%%track [--every N] [--grads MODEL] [--log-y] [--smooth A]";
    static final String HELP = """
            Runs the cell and draws live training curves, updated in place at most 4 times a second.
            In the cell: log("loss", v), log("val_loss", v) (same subplot as loss), step(), epoch(),
            progress(i, n) for the ETA (outside %%track it prints a text line). The rate counts step()s.
            Epochs show as dotted lines; min and max are marked. A cell that does not compile draws nothing.
              --every N      redraw at most every N steps
              --grads MODEL  heatmap of each parameter's gradient norm per step (layers x steps)
              --log-y        logarithmic y axes (metrics with values <= 0 stay linear)
              --smooth A     EMA smoothing weight in [0, 1), e.g. 0.9; raw values stay faded (val_ never smoothed)
            The final chart and a summary stay in the output. Outside this magic use new Tracker(sink).""";


    MagicCommand command() {
        return new MagicCommand(USAGE, HELP, 0, 0, this::run);
    }

    private Object run(MagicArgs args, String body) throws Exception {
        // Everything that draws runs on this (the kernel's) thread or the sink's worker, never on the cell's
        // thread: an interrupt stops the cell's threads wherever they are, in a PNG encoder too.
        Tracker.warmUp();
        BackgroundSink sink = new BackgroundSink(new KernelDisplaySink()); // frames encode off the training thread
        Tracker tracker = new Tracker(sink)
                .every(args.intOption("--every", 1))
                .smooth(args.doubleOption("--smooth", 0))
                .logY(args.flag("--log-y"));
        String model = args.option("--grads", null);
        if (model != null) {
            tracker.trackGrads(values.get(args, "MODEL", model, Module.class));
        }
        Tracker previous = Track.activate(tracker);
        boolean[] shown = {false};
        Object value;
        try {
            // shown once the code compiled and starts to run: a cell that does not compile prints no tracker line
            value = evaluator.eval(body, () -> {
                tracker.show();
                shown[0] = true;
            });
        } finally {
            Track.activate(previous);
            if (shown[0]) {
                tracker.finish();
            }
            sink.close(); // the final frame is out before the cell ends
        }
        return value == CodeEvaluator.NO_VALUE ? null : value;
    }
}
