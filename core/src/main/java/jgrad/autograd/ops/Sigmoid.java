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
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = (float) (1.0 / (1.0 + Math.exp(-x[xi + j])));
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = 1.0 / (1.0 + Math.exp(-x[xi + j]));
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
