package jgrad.nn;

import jgrad.autograd.Tensor;

public final class Tanh extends Activation {
    /** torch.nn.Tanh(): tanh(x) elementwise. */
    public Tanh() {
        super(Tensor::tanh);
    }
}
