package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/**
 * Elementwise sqrt(x); d/dx = 1 / (2 sqrt(x)) (saved output). A primitive rather than pow(0.5) so
 * that anomaly mode and gradFn name the op the student wrote.
 */
public class Sqrt extends UnaryOp {
    /** The output, not detached: double backward must see how y depends on x. */
    protected Tensor y;

    Sqrt() { }

    /** For a variant shown in graphs under another name (see {@link ZeroSafeSqrt}). */
    Sqrt(String displayName) { super(displayName); }

    public static Tensor apply(Tensor x) { return applyWith(new Sqrt(), x); }

    static Tensor applyWith(Sqrt fn, Tensor x) {
        Tensor y = compute(fn, x);
        fn.y = y;
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = (float) Math.sqrt(x[xi + j]);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.sqrt(x[xi + j]);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.div(y.mul(2.0))};
    }

    @Override
    protected void onRelease() { y = null; }
}
