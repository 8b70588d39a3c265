package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.NLLLoss: log-probabilities [N, C] against class indices [N] (see {@link Loss#nll}). */
public final class NLLLoss extends Criterion {
    public NLLLoss() {
        this(Reduction.MEAN);
    }

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
