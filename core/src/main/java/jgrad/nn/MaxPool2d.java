package jgrad.nn;

/** Largest value of each k×k window; the gradient flows to that element only. Stride defaults to k. */
public final class MaxPool2d extends Pool2d {
    public MaxPool2d(int kernel) {
        this(kernel, kernel);
    }

    public MaxPool2d(int kernel, int stride) {
        super(kernel, stride);
    }

    @Override
    boolean takesMax() {
        return true;
    }
}
