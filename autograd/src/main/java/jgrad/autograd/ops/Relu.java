package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/** max(x, 0); d/dx = 1 where x > 0. */
public final class Relu extends Function {
    private Tensor x, y;

    public static Tensor apply(Tensor x) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        // Math.max, not a ternary: a data-dependent branch mispredicts on random signs (7x slower); NaN stays NaN.
        Parallel.forRanges(o.length, o.length, (from, to) -> {
            for (int i = from; i < to; i++) o[i] = Math.max(in[i], 0.0);
        });
        Relu fn = new Relu();
        Tensor y = roundedResult(fn, o, x.shape(), x.dtype(), x); // values of x or 0: already in x's dtype
        fn.x = x;
        fn.y = y.detach();
        return y;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        if (g.isRequiresGrad() && Grad.isEnabled()) return new Tensor[] {g.mul(Sign.of(y))};
        // Plain gradient (no double backward): mask it in one pass, like PyTorch's threshold_backward.
        double[] gd = g.contiguousData(), yd = y.contiguousData();
        double[] o = new double[gd.length];
        Parallel.forRanges(o.length, o.length, (from, to) -> {
            for (int i = from; i < to; i++) o[i] = keepWherePositive(gd[i], yd[i]);
        });
        return new Tensor[] {roundedResult(null, o, g.shape(), DType.promote(g.dtype(), y.dtype()))}; // values of g or 0
    }

    /**
     * g where y > 0, else 0, without a branch (see apply). y is ReLU's output, so +0.0 or positive (or NaN):
     * bits(y) - 1 is negative exactly for +0.0, and its sign smeared over 64 bits masks g out.
     */
    private static double keepWherePositive(double g, double y) {
        long zeroMask = (Double.doubleToRawLongBits(y) - 1) >> 63;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(g) & ~zeroMask);
    }

    @Override
    protected void onRelease() { x = null; y = null; }
}
