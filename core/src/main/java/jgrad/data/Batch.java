package jgrad.data;

import jgrad.autograd.Tensor;

/** One mini-batch: inputs of shape [batch, ...inputShape] and targets of shape [batch, ...targetShape]. */
public record Batch(Tensor inputs, Tensor targets) {
    /** The number of examples in this batch (the last batch of a pass may be smaller). */
    public int size() {
        return targets.shape()[0];
    }

    /** The shapes, not the values: {@code Batch(inputs=[32, 1, 8, 8], targets=[32])}. */
    @Override
    public String toString() {
        return "Batch(inputs=" + java.util.Arrays.toString(inputs.shape()) + ", targets="
                + java.util.Arrays.toString(targets.shape()) + ")";
    }
}
