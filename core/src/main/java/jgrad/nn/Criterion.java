package jgrad.nn;

import java.util.function.BiFunction;

import jgrad.autograd.Tensor;

/**
 * Base of the module-style losses ({@code new CrossEntropyLoss()}, {@code new MSELoss()}, ...), PyTorch's
 * {@code criterion = nn.CrossEntropyLoss(); loss = criterion(output, target)}: here
 * {@code criterion.call(output, target)}. Each calls its function in {@link Loss}. A criterion is also a
 * {@code BiFunction}, so it goes wherever a loss function does ({@code %lrfind model loader criterion}).
 * It is not a {@link Module}, whose forward takes one tensor; a loss holds no parameters.
 */
public abstract class Criterion implements BiFunction<Tensor, Tensor, Tensor> {
    private final Reduction reduction;

    /** A criterion that reduces the per-element losses with {@code reduction}. */
    protected Criterion(Reduction reduction) {
        if (reduction == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": reduction must be MEAN, SUM or NONE, got null");
        }
        this.reduction = reduction;
    }

    /** How per-element losses are combined: MEAN (the default), SUM, or NONE (one loss per element). */
    public Reduction reduction() {
        return reduction;
    }

    /** The loss of {@code input} (predictions, logits, ...) against {@code target}. */
    public abstract Tensor forward(Tensor input, Tensor target);

    /** Same as {@link #forward}: torch's {@code criterion(output, target)}. */
    public final Tensor call(Tensor input, Tensor target) {
        return forward(input, target);
    }

    @Override
    public final Tensor apply(Tensor input, Tensor target) {
        return forward(input, target);
    }

    /** Settings besides the reduction, e.g. "delta=1.0"; empty by default. */
    protected String extraRepr() {
        return "";
    }

    @Override
    public String toString() {
        String extra = extraRepr();
        return getClass().getSimpleName() + "(" + (extra.isEmpty() ? "" : extra + ", ") + "reduction="
                + reduction.name().toLowerCase() + ")";
    }
}
