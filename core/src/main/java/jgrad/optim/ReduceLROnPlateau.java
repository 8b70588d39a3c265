package jgrad.optim;

import jgrad.util.Repr;

/**
 * PyTorch's ReduceLROnPlateau in mode "min" with a relative threshold: a metric counts as better when it is
 * below best · (1 - threshold); after more than {@code patience} epochs without one, every group's rate is
 * multiplied by {@code factor}.
 */
public final class ReduceLROnPlateau {
    private final Optimizer optimizer;
    private final double factor;
    private final int patience;
    private final double threshold;
    private double best = Double.POSITIVE_INFINITY;
    private int badEpochs;

    /**
     * torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor, patience, threshold) in mode "min": multiplies the
     * rates by {@code factor} after more than {@code patience} epochs without a relative improvement of
     * {@code threshold}.
     */
    public ReduceLROnPlateau(Optimizer optimizer, double factor, int patience, double threshold) {
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("ReduceLROnPlateau: factor must be in (0, 1), got " + factor);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("ReduceLROnPlateau: patience must be >= 0, got " + patience);
        }
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("ReduceLROnPlateau: threshold must be >= 0, got " + threshold);
        }
        this.optimizer = optimizer;
        this.factor = factor;
        this.patience = patience;
        this.threshold = threshold;
    }

    /** PyTorch's defaults: factor 0.1, patience 10, threshold 1e-4. */
    public ReduceLROnPlateau(Optimizer optimizer) {
        this(optimizer, 0.1, 10, 1e-4);
    }

    /**
     * Records one epoch's metric (e.g. the validation loss; lower is better) and lowers the rates when it has stopped
     * improving.
     */
    public void step(double metric) {
        if (metric < best * (1 - threshold)) {
            best = metric;
            badEpochs = 0;
        } else {
            badEpochs++;
        }
        if (badEpochs > patience) {
            for (ParamGroup group : optimizer.paramGroups()) {
                group.setLr(group.lr() * factor);
            }
            badEpochs = 0;
        }
    }

    /** E.g. {@code ReduceLROnPlateau(factor=0.1, patience=10, threshold=0.0001, best=0.52, bad_epochs=3, lr=0.01)}. */
    @Override
    public String toString() {
        double[] lrs = lastLr();
        return Repr.call("ReduceLROnPlateau", "factor", Repr.number(factor), "patience", patience,
                "threshold", Repr.number(threshold), "best", Repr.number(best), "bad_epochs", badEpochs,
                "lr", lrs.length == 1 ? Repr.number(lrs[0]) : java.util.Arrays.toString(lrs));
    }

    /** The learning rate each group has now. */
    public double[] lastLr() {
        return optimizer.paramGroups().stream().mapToDouble(ParamGroup::lr).toArray();
    }
}
