package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.L1Loss: absolute error of predictions against targets of the same shape (see {@link Loss#l1}). */
public final class L1Loss extends Criterion {
    public L1Loss() {
        this(Reduction.MEAN);
    }

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
