package jgrad.nn;

import java.util.function.BiFunction;

import jgrad.autograd.Tensor;

/**
 * A loss as an object, like {@code torch.nn.CrossEntropyLoss()}: {@code apply(prediction, target)}
 * computes it, and it prints with its name and settings ("CrossEntropyLoss()", "HuberLoss(delta=1)")
 * where a method reference such as {@code Loss::crossEntropy} would print as an anonymous lambda.
 * Made by {@link Loss#crossEntropyLoss()} and its siblings.
 */
public final class LossFunction implements BiFunction<Tensor, Tensor, Tensor> {
    private final String repr;
    private final BiFunction<Tensor, Tensor, Tensor> loss;

    LossFunction(String repr, BiFunction<Tensor, Tensor, Tensor> loss) {
        this.repr = repr;
        this.loss = loss;
    }

    @Override
    public Tensor apply(Tensor prediction, Tensor target) {
        return loss.apply(prediction, target);
    }

    @Override
    public String toString() {
        return repr;
    }
}
