package jgrad.nn;

import java.util.function.UnaryOperator;

import jgrad.autograd.Tensor;

/** A parameter-free layer that applies one tensor function; the named subclasses are what users write. */
abstract class Activation extends Module {
    private final UnaryOperator<Tensor> function;

    Activation(UnaryOperator<Tensor> function) {
        this.function = function;
    }

    @Override
    public Tensor forward(Tensor input) {
        return function.apply(input);
    }
}
