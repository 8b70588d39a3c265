package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.HuberLoss: squared error below {@code delta}, linear above (see {@link Loss#huber}); delta 1 by default. */
public final class HuberLoss extends Criterion {
    private final double delta;

    /** torch.nn.HuberLoss(): squared error below delta = 1, absolute error above, averaged. */
    public HuberLoss() {
        this(Reduction.MEAN, 1.0);
    }

    /** torch.nn.HuberLoss(delta=delta): squared error below {@code delta}, linear above it, averaged. */
    public HuberLoss(double delta) {
        this(Reduction.MEAN, delta);
    }

    /** torch.nn.HuberLoss(reduction, delta): MEAN, SUM or NONE of the per-element Huber losses. */
    public HuberLoss(Reduction reduction, double delta) {
        super(reduction);
        if (!(delta > 0)) {
            throw new IllegalArgumentException("HuberLoss: delta must be positive, got " + delta);
        }
        this.delta = delta;
    }

    /** {@code reduction} as PyTorch spells it: "mean", "sum" or "none". */
    public HuberLoss(String reduction, double delta) {
        this(Reduction.of(reduction), delta);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return Loss.huber(input, target, delta, reduction());
    }

    @Override
    protected String extraRepr() {
        return "delta=" + delta;
    }
}
