package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.NLLLoss: log-probabilities [N, C] against class indices [N] (see {@link Loss#nll}). */
public final class NLLLoss extends Criterion {
    /** torch.nn.NLLLoss(): log-probabilities [N, C] (e.g. from logSoftmax) against class indices [N], averaged. */
    public NLLLoss() {
        this(Reduction.MEAN);
    }

    /** torch.nn.NLLLoss(reduction=...): MEAN, SUM, or NONE for one loss per sample, shape [N]. */
    public NLLLoss(Reduction reduction) {
        super(reduction);
    }

    /** {@code reduction} as PyTorch spells it: "mean", "sum" or "none". */
    public NLLLoss(String reduction) {
        this(Reduction.of(reduction));
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return Loss.nll(input, target, reduction());
    }
}
