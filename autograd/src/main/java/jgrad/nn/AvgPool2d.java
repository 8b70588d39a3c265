package jgrad.nn;

import jgrad.autograd.Tensor;

/** Mean of each k×k window. Stride defaults to k. */
public final class AvgPool2d extends Pool2d {
    public AvgPool2d(int kernel) {
        this(kernel, kernel);
    }

    public AvgPool2d(int kernel, int stride) {
        super(kernel, stride);
    }

    @Override
    Tensor reduceRows(Tensor windows) {
        return windows.mean(1);
    }
}
