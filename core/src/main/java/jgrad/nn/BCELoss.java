package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.BCELoss: probabilities in (0, 1) against 0/1 targets of the same shape (see {@link Loss#bce}). */
public final class BCELoss extends Criterion {
    /** torch.nn.BCELoss(): the mean binary cross-entropy over all elements. */
    public BCELoss() {
        this(Reduction.MEAN);
    }

    /** torch.nn.BCELoss(reduction=...): MEAN, SUM, or NONE for one loss per element. */
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
