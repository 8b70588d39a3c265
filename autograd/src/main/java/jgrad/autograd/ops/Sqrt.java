package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/**
 * Elementwise sqrt(x); d/dx = 1 / (2 sqrt(x)) (saved output). A primitive rather than pow(0.5) so
 * that anomaly mode and gradFn name the op the student wrote.
 */
public final class Sqrt extends UnaryOp {
    private Tensor y;

    public static Tensor apply(Tensor x) {
        Sqrt fn = new Sqrt();
        Tensor y = compute(fn, x);
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = (float) Math.sqrt(x[i]);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.sqrt(x[i]);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.div(y.mul(2.0))};
    }

    @Override
    protected void onRelease() { y = null; }
}
