package jgrad.nn;

import jgrad.autograd.Tensor;

/** Pooling over k×k windows per channel: windows become rows, then a max or mean over each row. */
abstract class Pool2d extends Module {
    private final int kernel;
    private final int stride;

    Pool2d(int kernel, int stride) {
        if (kernel < 1 || stride < 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": kernel and stride must be positive, got "
                    + kernel + ", " + stride);
        }
        this.kernel = kernel;
        this.stride = stride;
    }

    /** Whether each window gives its maximum (else its mean). */
    abstract boolean takesMax();

    @Override
    public Tensor forward(Tensor input) {
        return Functional.pool(getClass().getSimpleName(), input, kernel, stride, takesMax());
    }

    @Override
    protected String extraRepr() {
        return "kernel=" + kernel + (stride != kernel ? ", stride=" + stride : "");
    }
}
