package jgrad.nn;

import jgrad.autograd.Tensor;
import jgrad.autograd.ops.Patches;

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

    /** Pools planes [P, 1, H, W] (channels folded into the batch) to [P, 1, Ho, Wo]. */
    abstract Tensor poolPlanes(Tensor planes, Patches geometry);

    @Override
    public Tensor forward(Tensor input) {
        int[] s = input.shape();
        String op = getClass().getSimpleName();
        Patches checked = Patches.of(op, s, kernel, kernel, stride, 0); // errors name the caller's shape
        // each channel pooled on its own: fold channels into the batch
        Tensor planes = input.reshape(s[0] * s[1], 1, s[2], s[3]);
        Patches geometry = new Patches(checked.n() * checked.c(), 1, checked.h(), checked.w(), kernel, kernel, stride, 0);
        return poolPlanes(planes, geometry).reshape(s[0], s[1], geometry.outH(), geometry.outW());
    }

    @Override
    protected String extraRepr() {
        return "kernel=" + kernel + (stride != kernel ? ", stride=" + stride : "");
    }
}
