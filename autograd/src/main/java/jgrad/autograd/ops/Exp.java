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
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = (float) Math.exp(x[i]);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.exp(x[i]);
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
