package jgrad.data;

import jgrad.autograd.Tensor;

/** One mini-batch: inputs of shape [batch, ...inputShape] and targets of shape [batch]. */
public record Batch(Tensor inputs, Tensor targets) {
    public int size() {
        return targets.shape()[0];
    }
}
