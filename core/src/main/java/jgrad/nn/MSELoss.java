package jgrad.nn;

import jgrad.autograd.Tensor;

/** torch.nn.MSELoss: squared error of predictions against targets of the same shape (see {@link Loss#mse}). */
public final class MSELoss extends Criterion {
    /** torch.nn.MSELoss(): the mean squared error between prediction and target. */
    public MSELoss() {
        this(Reduction.MEAN);
    }

    /** torch.nn.MSELoss(reduction=...): MEAN, SUM, or NONE for one loss per element. */
    public MSELoss(Reduction reduction) {
        super(reduction);
    }

    /** {@code reduction} as PyTorch spells it: "mean", "sum" or "none". */
    public MSELoss(String reduction) {
        this(Reduction.of(reduction));
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        return Loss.mse(input, target, reduction());
    }
}
