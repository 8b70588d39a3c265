package jgrad.autograd.ops;

import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.FusedStage;

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
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.min(Math.max(x[xi + j], loF), hiF);
    }

    @Override
    boolean fuseInto(FusedStage.Builder stage) { return stage.clamp(loF, hiF); }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.min(Math.max(x[xi + j], lo), hi);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.mul(InRange.mask(x, lo, hi))}; }

    @Override
    protected void onRelease() { x = null; }
}
