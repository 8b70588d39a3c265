package jgrad.nn;

/** Softmax along one dimension. */
public final class Softmax extends Activation {
    public Softmax(int dim) {
        super(x -> x.softmax(dim));
    }
}
