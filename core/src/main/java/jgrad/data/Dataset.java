package jgrad.data;

/**
 * Indexed examples, like torch.utils.data.Dataset: each example is one input (a flat row-major
 * array of {@link #inputShape()}) and one target: a scalar (a class index or a regression value) or,
 * where {@link #targetShape()} says so, an array of values (e.g. [1] for a regression output of shape [N, 1]).
 */
public interface Dataset {
    /** The number of examples (torch's len(dataset)). */
    int size();

    /** The input of example {@code index}, flat and row-major; callers must not modify it. */
    double[] input(int index);

    /** Shape of a single input, e.g. {@code [64]} or {@code [1, 8, 8]}. */
    int[] inputShape();

    /** The scalar target of example {@code index}. */
    double target(int index);

    /** Shape of a single target: {@code []} (the default) for a scalar, e.g. {@code [1]} or {@code [3]} otherwise. */
    default int[] targetShape() {
        return new int[0];
    }

    /** The target of example {@code index}, flat and row-major ({@link #targetShape()}); one value for a scalar. */
    default double[] targetValues(int index) {
        return new double[] {target(index)};
    }
}
