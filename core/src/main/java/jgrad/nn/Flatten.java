package jgrad.nn;

import jgrad.autograd.Tensor;

/** Flattens every dimension after the batch dimension: [N, C, H, W] → [N, C·H·W]. */
public final class Flatten extends Module {
    /** torch.nn.Flatten(): [N, ...] to [N, product of the rest], e.g. between convolutions and a Linear. */
    public Flatten() {
    }

    @Override
    public Tensor forward(Tensor input) {
        int[] shape = input.shape();
        if (shape.length < 1) {
            throw new IllegalArgumentException("Flatten: input must have a batch dimension, got a scalar");
        }
        return input.reshape(shape[0], -1);
    }
}
