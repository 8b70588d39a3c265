package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Elementwise e^x; d/dx = e^x (the saved output). */
public final class Exp extends UnaryOp {
    private Tensor y;

    public static Tensor apply(Tensor x) {
        Exp fn = new Exp();
        Tensor y = compute(fn, x);
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = (float) Math.exp(x[xi + j]);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.exp(x[xi + j]);
    }

    @Override
    protected int costPerElement() { return 8; }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(y)};
    }

    @Override
    protected void onRelease() { y = null; }
}
