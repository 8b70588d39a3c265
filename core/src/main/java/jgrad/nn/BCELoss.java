package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.BCELoss: probabilities in (0, 1) against 0/1 targets of the same shape (see {@link Loss#bce}). */
public final class BCELoss extends Criterion {
    public BCELoss() {
        this(Reduction.MEAN);
    }

    public BCELoss(Reduction reduction) {
        super(reduction);
    }

    /** {@code reduction} as PyTorch spells it: "mean", "sum" or "none". */
    public BCELoss(String reduction) {
        this(Reduction.of(reduction));
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return Loss.bce(input, target, reduction());
    }
}
