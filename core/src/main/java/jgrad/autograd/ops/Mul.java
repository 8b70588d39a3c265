package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Elementwise a * b on equal shapes (Tensor broadcasts first); d/da = b, d/db = a. */
public final class Mul extends BinaryOp {
    private Tensor a, b;

    public static Tensor apply(Tensor a, Tensor b) {
        Mul fn = new Mul();
        Tensor y = compute(fn, a, b);
        fn.a = a;
        fn.b = b;
        return y;
    }

    @Override
    protected void forward(float[] a, int ai, float[] b, int bi, float[] o, int oi, int n) {
        for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] * b[bi + j];
    }

    @Override
    protected void forward(double[] a, int ai, double[] b, int bi, double[] o, int oi, int n) {
        for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] * b[bi + j];
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        // Skip the product for an input that takes no gradient (e.g. a broadcast constant).
        return new Tensor[] {a.isRequiresGrad() ? g.mul(b) : null, b.isRequiresGrad() ? g.mul(a) : null};
    }

    @Override
    protected void onRelease() { a = null; b = null; }
}
