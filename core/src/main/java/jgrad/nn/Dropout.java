package jgrad.nn;

import jgrad.autograd.Tensor;

/** Zeroes each element with probability p while training and scales the rest by 1/(1−p); identity in eval mode. */
public final class Dropout extends Module {
    private final double p;

    /**
     * torch.nn.Dropout(p): while training, zeroes each element with probability {@code p} in [0, 1) and scales the rest
     * by 1/(1 - p); does nothing after {@code eval()}.
     */
    public Dropout(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("Dropout: p must be in [0, 1), got " + p);
        }
        this.p = p;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (!isTraining() || p == 0) {
            return input;
        }
        double[] mask = Tensor.rand(input.shape()).toArray();
        for (int i = 0; i < mask.length; i++) {
            mask[i] = mask[i] >= p ? 1 / (1 - p) : 0;
        }
        return input.mul(Tensor.fromData(mask, input.shape(), input.dtype()));
    }

    @Override
    protected String extraRepr() {
        return "p=" + p;
    }
}
