package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.L1Loss: absolute error of predictions against targets of the same shape (see {@link Loss#l1}). */
public final class L1Loss extends Criterion {
    /** torch.nn.L1Loss(): the mean absolute error between prediction and target. */
    public L1Loss() {
        this(Reduction.MEAN);
    }

    /** torch.nn.L1Loss(reduction=...): MEAN, SUM, or NONE for one loss per element. */
    public L1Loss(Reduction reduction) {
        super(reduction);
    }

    /** {@code reduction} as PyTorch spells it: "mean", "sum" or "none". */
    public L1Loss(String reduction) {
        this(Reduction.of(reduction));
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return Loss.l1(input, target, reduction());
    }
}
