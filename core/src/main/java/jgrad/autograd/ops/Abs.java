package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Elementwise |x|; d/dx = sign(x) (0 at 0). */
public final class Abs extends UnaryOp {
    private Tensor x;

    public static Tensor apply(Tensor x) {
        Abs fn = new Abs();
        Tensor y = compute(fn, x);
        fn.x = x;
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.abs(x[xi + j]);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.abs(x[xi + j]);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(Sign.of(x))};
    }

    @Override
    protected void onRelease() { x = null; }
}
