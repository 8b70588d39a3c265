package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.CrossEntropyLoss: logits [N, C] against class indices [N] (see {@link Loss#crossEntropy}). */
public final class CrossEntropyLoss extends Criterion {
    public CrossEntropyLoss() {
        this(Reduction.MEAN);
    }

    public CrossEntropyLoss(Reduction reduction) {
        super(reduction);
    }

    /** {@code reduction} as PyTorch spells it: "mean", "sum" or "none". */
    public CrossEntropyLoss(String reduction) {
        this(Reduction.of(reduction));
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return Loss.crossEntropy(input, target, reduction());
    }
}
