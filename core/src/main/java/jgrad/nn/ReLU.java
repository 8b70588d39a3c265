package jgrad.nn;

import jgrad.autograd.Tensor;

public final class ReLU extends Activation {
    /** torch.nn.ReLU(): max(x, 0) elementwise. */
    public ReLU() {
        super(Tensor::relu);
    }
}
