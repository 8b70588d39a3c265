package jgrad.optim;

import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.nn.Module;
import jgrad.util.Repr;

/**
 * Stops training once the validation loss has not improved by more than minDelta for {@code patience}
 * epochs, keeping a copy of the weights from the best epoch.
 */
public final class EarlyStopping {
    private final int patience;
    private final double minDelta;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;
    private int epoch = -1;
    private int badEpochs;
    private Map<String, Tensor> bestState;

    /**
     * Stops after {@code patience} epochs in a row whose validation loss is not below the best by more than
     * {@code minDelta}; call {@link #step} once per epoch.
     */
    public EarlyStopping(int patience, double minDelta) {
        if (patience < 1) {
            throw new IllegalArgumentException("EarlyStopping: patience must be >= 1, got " + patience);
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("EarlyStopping: minDelta must be >= 0, got " + minDelta);
        }
        this.patience = patience;
        this.minDelta = minDelta;
    }

    /** Records one epoch's validation loss; returns true when training should stop. */
    public boolean step(double valLoss, Module model) {
        if (Double.isNaN(valLoss)) {
            throw new IllegalArgumentException("EarlyStopping: validation loss is NaN at epoch " + (epoch + 1));
        }
        epoch++;
        if (valLoss < bestLoss - minDelta) {
            bestLoss = valLoss;
            bestEpoch = epoch;
            badEpochs = 0;
            bestState = model.stateDict();
        } else {
            badEpochs++;
        }
        return shouldStop();
    }

    /** E.g. {@code EarlyStopping(patience=5, min_delta=0, epoch=9, best_loss=0.31, best_epoch=7, bad_epochs=2)}. */
    @Override
    public String toString() {
        return Repr.call("EarlyStopping", "patience", patience, "min_delta", Repr.number(minDelta), "epoch", epoch,
                "best_loss", Repr.number(bestLoss), "best_epoch", bestEpoch, "bad_epochs", badEpochs);
    }

    /** Whether the last {@link #step} found {@code patience} epochs without improvement. */
    public boolean shouldStop() {
        return badEpochs >= patience;
    }

    /** Index (from 0) of the epoch with the best loss, or -1 before any step. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The lowest validation loss seen so far (Infinity before any step). */
    public double bestLoss() {
        return bestLoss;
    }

    /** Loads the best epoch's weights into {@code model}. */
    public void restoreBest(Module model) {
        if (bestState == null) {
            throw new IllegalStateException("EarlyStopping.restoreBest: no epoch has been recorded yet");
        }
        model.loadStateDict(bestState);
    }
}
