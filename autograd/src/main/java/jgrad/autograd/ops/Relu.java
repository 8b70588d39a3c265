package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Grad;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/** max(x, 0); d/dx = 1 where x > 0. */
public final class Relu extends UnaryOp {
    private Tensor y;

    public static Tensor apply(Tensor x) {
        Relu fn = new Relu();
        Tensor y = compute(fn, x);
        fn.y = y.detach();
        return y;
    }

    // Math.max, not a ternary: a data-dependent branch mispredicts on random signs (7x slower); NaN stays NaN.
    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.max(x[xi + j], 0f);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.max(x[xi + j], 0.0);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        if (g.isRequiresGrad() && Grad.isEnabled()) return new Tensor[] {g.mul(Sign.of(y))};
        // Plain gradient (no double backward): mask it in one pass, like PyTorch's threshold_backward.
        Storage gs = g.to(y.dtype()).contiguousStorage(), ys = y.contiguousStorage();
        int n = gs.length();
        Storage out = Storage.allocate(y.dtype(), n);
        if (out.isFloat()) {
            float[] gd = gs.floats(), yd = ys.floats(), o = out.floats();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) o[i] = keepWherePositive(gd[i], yd[i]);
            });
        } else {
            double[] gd = gs.doubles(), yd = ys.doubles(), o = out.doubles();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) o[i] = keepWherePositive(gd[i], yd[i]);
            });
        }
        return new Tensor[] {Function.result(null, out, g.shape())};
    }

    /**
     * g where y > 0, else 0, without a branch (see forward). y is ReLU's output, so +0.0 or positive (or NaN):
     * bits(y) - 1 is negative exactly for +0.0, and its sign smeared over all bits masks g out.
     */
    private static float keepWherePositive(float g, float y) {
        int zeroMask = (Float.floatToRawIntBits(y) - 1) >> 31;
        return Float.intBitsToFloat(Float.floatToRawIntBits(g) & ~zeroMask);
    }

    private static double keepWherePositive(double g, double y) {
        long zeroMask = (Double.doubleToRawLongBits(y) - 1) >> 63;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(g) & ~zeroMask);
    }

    @Override
    protected void onRelease() { y = null; }
}
