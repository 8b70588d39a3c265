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
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        if (p == 2.0) for (int j = 0; j < n; j++) y[yi + j] = x[xi + j] * x[xi + j];
        else for (int j = 0; j < n; j++) y[yi + j] = (float) Math.pow(x[xi + j], p);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        if (p == 2.0) for (int j = 0; j < n; j++) y[yi + j] = x[xi + j] * x[xi + j];
        else for (int j = 0; j < n; j++) y[yi + j] = Math.pow(x[xi + j], p);
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
