package jgrad.nn;

/** Mean of each k×k window. Stride defaults to k. */
public final class AvgPool2d extends Pool2d {
    public AvgPool2d(int kernel) {
        this(kernel, kernel);
    }

    public AvgPool2d(int kernel, int stride) {
        super(kernel, stride);
    }

    @Override
    boolean takesMax() {
        return false;
    }
}
