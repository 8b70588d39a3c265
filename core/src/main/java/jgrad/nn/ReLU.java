package jgrad.nn;

import jgrad.autograd.Tensor;

public final class ReLU extends Activation {
    public ReLU() {
        super(Tensor::relu);
    }
}
