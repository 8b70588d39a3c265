package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** x^p for a constant exponent p; d/dx = p * x^(p-1). */
public final class Pow extends UnaryOp {
    private Tensor x;
    private final double p;

    private Pow(double p) { this.p = p; }

    public static Tensor apply(Tensor x, double p) {
        Pow fn = new Pow(p);
        Tensor y = compute(fn, x);
        fn.x = x;
        return y;
    }

    @Override
    protected void forward(float[] x, float[] y, int from, int to) {
        if (p == 2.0) for (int i = from; i < to; i++) y[i] = x[i] * x[i];
        else for (int i = from; i < to; i++) y[i] = (float) Math.pow(x[i], p);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        if (p == 2.0) for (int i = from; i < to; i++) y[i] = x[i] * x[i];
        else for (int i = from; i < to; i++) y[i] = Math.pow(x[i], p);
    }

    @Override
    protected int costPerElement() { return p == 2.0 ? 1 : 16; }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(x.pow(p - 1.0).mul(p))};
    }

    @Override
    protected void onRelease() { x = null; }
}
