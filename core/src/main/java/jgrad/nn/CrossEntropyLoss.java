package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.CrossEntropyLoss: logits [N, C] against class indices [N] (see {@link Loss#crossEntropy}). */
public final class CrossEntropyLoss extends Criterion {
    /**
     * torch.nn.CrossEntropyLoss(): raw scores (logits) [N, C] against class indices [N], averaged over the batch; no
     * softmax before it.
     */
    public CrossEntropyLoss() {
        this(Reduction.MEAN);
    }

    /** torch.nn.CrossEntropyLoss(reduction=...): MEAN, SUM, or NONE for one loss per sample, shape [N]. */
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
