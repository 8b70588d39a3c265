package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Elementwise -x; d/dx = -1. */
public final class Neg extends UnaryOp {
    public static Tensor apply(Tensor x) {
        Neg fn = new Neg();
        Tensor y = compute(fn, x);
        return y;
    }

    @Override
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = -x[i];
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = -x[i];
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.neg()};
    }
}
