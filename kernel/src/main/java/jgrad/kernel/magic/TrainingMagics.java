package jgrad.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.util.ArrayList;
import java.util.List;
import jgrad.kernel.eval.CodeEvaluator;

/** Registers the training and chart magics of jgrad.viz with the kernel. */
final class TrainingMagics {
    private final List<MagicCommand> commands;

    TrainingMagics(CodeEvaluator evaluator) {
        MagicValues values = new MagicValues(evaluator);
        List<MagicCommand> all = new ArrayList<>();
        all.add(new TrackMagic(evaluator, values).command());
        all.addAll(new GradientMagics(values).commands());
        all.addAll(new CalculusMagics(values).commands());
        all.add(new GraphMagic(values).command());
        all.add(new LrFindMagic(values).command());
        all.add(new AnomalyMagic().command());
        this.commands = List.copyOf(all);
    }

    void registerAll(KernelMagics kernel, Magics magics) {
        for (MagicCommand c : commands) {
            kernel.register(magics, c);
        }
    }
}
