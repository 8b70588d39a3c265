package jgrad.data;

/**
 * Indexed examples, like torch.utils.data.Dataset: each example is one input (a flat row-major
 * array of {@link #inputShape()}) and one scalar target (a class index or a regression value).
 */
public interface Dataset {
    /** The number of examples (torch's len(dataset)). */
    int size();

    /** The input of example {@code index}, flat and row-major; callers must not modify it. */
    double[] input(int index);

    /** Shape of a single input, e.g. {@code [64]} or {@code [1, 8, 8]}. */
    int[] inputShape();

    /** The target of example {@code index}: a class index or a regression value. */
    double target(int index);
}
