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
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = (float) Math.sin(x[i]);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.sin(x[i]);
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
