package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Elementwise min(max(x, lo), hi); gradient passes where lo <= x <= hi (PyTorch's convention at the bounds). */
public final class Clamp extends UnaryOp {
    private final double lo, hi;
    private final float loF, hiF;
    private Tensor x;

    private Clamp(double lo, double hi) {
        this.lo = lo;
        this.hi = hi;
        this.loF = (float) lo;
        this.hiF = (float) hi;
    }

    public static Tensor apply(Tensor x, double lo, double hi) {
        if (lo > hi) throw new IllegalArgumentException("clamp: min " + lo + " is greater than max " + hi);
        Clamp fn = new Clamp(lo, hi);
        Tensor y = compute(fn, x);
        fn.x = x.detach();
        return y;
    }

    @Override
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.min(Math.max(x[i], loF), hiF);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.min(Math.max(x[i], lo), hi);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.mul(InRange.mask(x, lo, hi))}; }

    @Override
    protected void onRelease() { x = null; }
}
