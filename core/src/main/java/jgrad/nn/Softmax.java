package jgrad.nn;

/** Softmax along one dimension. */
public final class Softmax extends Activation {
    /** torch.nn.Softmax(dim): slices along {@code dim} turned into probabilities that sum to 1. */
    public Softmax(int dim) {
        super(x -> x.softmax(dim));
    }
}
