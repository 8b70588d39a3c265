package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Elementwise cos; d/dx = -sin x. */
public final class Cos extends UnaryOp {
    private Tensor x;

    public static Tensor apply(Tensor x) {
        Cos fn = new Cos();
        Tensor y = compute(fn, x);
        fn.x = x;
        return y;
    }

    @Override
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = (float) Math.cos(x[i]);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.cos(x[i]);
    }

    @Override
    protected int costPerElement() { return 8; }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(x.sin()).neg()};
    }

    @Override
    protected void onRelease() { x = null; }
}
