package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Fused sigmoid 1 / (1 + e^-x); d/dx = s(1-s) (from the saved output). */
public final class Sigmoid extends UnaryOp {
    private Tensor y;

    public static Tensor apply(Tensor x) {
        Sigmoid fn = new Sigmoid();
        Tensor y = compute(fn, x);
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = (float) (1.0 / (1.0 + Math.exp(-x[i])));
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = 1.0 / (1.0 + Math.exp(-x[i]));
    }

    @Override
    protected int costPerElement() { return 8; }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(y.mul(y.neg().add(1.0)))};
    }

    @Override
    protected void onRelease() { y = null; }
}
