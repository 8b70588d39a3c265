package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.BCEWithLogitsLoss: logits against 0/1 targets of the same shape, stable for any logit (see {@link Loss#bceWithLogits}). */
public final class BCEWithLogitsLoss extends Criterion {
    /**
     * torch.nn.BCEWithLogitsLoss(): sigmoid and binary cross-entropy in one stable step, averaged over all elements.
     */
    public BCEWithLogitsLoss() {
        this(Reduction.MEAN);
    }

    /** torch.nn.BCEWithLogitsLoss(reduction=...): MEAN, SUM, or NONE for one loss per element. */
    public BCEWithLogitsLoss(Reduction reduction) {
        super(reduction);
    }

    /** {@code reduction} as PyTorch spells it: "mean", "sum" or "none". */
    public BCEWithLogitsLoss(String reduction) {
        this(Reduction.of(reduction));
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return Loss.bceWithLogits(input, target, reduction());
    }
}
