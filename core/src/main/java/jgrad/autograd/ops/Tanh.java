package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Fused tanh; d/dx = 1 - tanh^2 (from the saved output). */
public final class Tanh extends UnaryOp {
    private Tensor y;

    public static Tensor apply(Tensor x) {
        Tanh fn = new Tanh();
        Tensor y = compute(fn, x);
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = (float) Math.tanh(x[xi + j]);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.tanh(x[xi + j]);
    }

    @Override
    protected int costPerElement() { return 8; }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(y.mul(y).neg().add(1.0))};
    }

    @Override
    protected void onRelease() { y = null; }
}
