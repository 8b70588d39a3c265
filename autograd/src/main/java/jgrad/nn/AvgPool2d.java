package jgrad.nn;

import jgrad.autograd.Tensor;
import jgrad.autograd.ops.Patches;
import jgrad.autograd.ops.Unfold;

/** Mean of each k×k window. Stride defaults to k. */
public final class AvgPool2d extends Pool2d {
    public AvgPool2d(int kernel) {
        this(kernel, kernel);
    }

    public AvgPool2d(int kernel, int stride) {
        super(kernel, stride);
    }

    @Override
    Tensor poolPlanes(Tensor planes, Patches geometry) {
        Tensor windows = Unfold.apply(planes, geometry).reshape(-1, geometry.kh() * geometry.kw());
        return windows.mean(1).reshape(geometry.n(), 1, geometry.outH(), geometry.outW());
    }
}
