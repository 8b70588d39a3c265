package jgrad.nn;

import jgrad.autograd.Tensor;

public final class Sigmoid extends Activation {
    public Sigmoid() {
        super(Tensor::sigmoid);
    }
}
