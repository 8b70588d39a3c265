package jgrad.nn;

import jgrad.autograd.Tensor;

public final class Sigmoid extends Activation {
    /** torch.nn.Sigmoid(): 1 / (1 + e^-x) elementwise. */
    public Sigmoid() {
        super(Tensor::sigmoid);
    }
}
