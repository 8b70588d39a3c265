package jgrad.autograd.ops;

import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.FusedStage;

/** Elementwise -x; d/dx = -1. */
public final class Neg extends UnaryOp {
    public static Tensor apply(Tensor x) {
        Neg fn = new Neg();
        Tensor y = compute(fn, x);
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = -x[xi + j];
    }

    @Override
    boolean fuseInto(FusedStage.Builder stage) { return stage.multiply(-1f); }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = -x[xi + j];
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.neg()};
    }
}
