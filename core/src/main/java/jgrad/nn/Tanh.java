package jgrad.nn;

import jgrad.autograd.Tensor;

public final class Tanh extends Activation {
    public Tanh() {
        super(Tensor::tanh);
    }
}
