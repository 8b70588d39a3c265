package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Elementwise sin; d/dx = cos x. */
public final class Sin extends UnaryOp {
    private Tensor x;

    public static Tensor apply(Tensor x) {
        Sin fn = new Sin();
        Tensor y = compute(fn, x);
        fn.x = x;
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = (float) Math.sin(x[xi + j]);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.sin(x[xi + j]);
    }

    @Override
    protected int costPerElement() { return 8; }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(x.cos())};
    }

    @Override
    protected void onRelease() { x = null; }
}
