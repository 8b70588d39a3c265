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
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.abs(x[i]);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.abs(x[i]);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(Sign.of(x))};
    }

    @Override
    protected void onRelease() { x = null; }
}
