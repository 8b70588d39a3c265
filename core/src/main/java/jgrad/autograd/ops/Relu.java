package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Grad;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.ReluKernels;
import jgrad.autograd.kernels.Parallel;
import jgrad.autograd.kernels.FusedStage;

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
        ReluKernels.relu(x, xi, y, yi, n);
    }

    @Override
    boolean fuseInto(FusedStage.Builder stage) { return stage.clamp(0f, Float.POSITIVE_INFINITY); }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.max(x[xi + j], 0.0);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        if (g.isRequiresGrad() && Grad.isEnabled()) return new Tensor[] {g.mul(Sign.of(y))};
        // Plain gradient (no double backward): mask it in one pass, like PyTorch's threshold_backward.
        g = g.to(y.dtype());
        int n = (int) y.numel();
        Storage pendingGradient = scalarGradientChain(g, n);
        if (pendingGradient != null) return new Tensor[] {Node.result(null, pendingGradient, g.shape())};
        Storage out = Storage.allocate(y.dtype(), n);
        if (out.isFloat()) maskFloats(g, out.floats(), n);
        else {
            double[] gd = g.contiguousStorage().doubles(), yd = y.contiguousStorage().doubles(), o = out.doubles();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) o[i] = keepWherePositive(gd[i], yd[i]);
            });
        }
        return new Tensor[] {Node.result(null, out, g.shape())};
    }

    /**
     * For sum's gradient (one value g) over a large output: the gradient as a deferred storage, g masked by the
     * output, computed from the output's own source in the same pass as the output; null otherwise.
     */
    private Storage scalarGradientChain(Tensor g, int n) {
        if (!g.isBroadcastScalar() || n < DEFER_MIN_ELEMENTS) return null;
        UnaryOp mask = new ReluScalarGradient(g.storage().get(g.offset()));
        Storage.Deferred pending = pendingChain(y);
        if (pending != null) {
            return Storage.deferred(y.dtype(), n, pending.source(), ((ElementwiseChain) pending.recipe()).then(mask));
        }
        if (y.storage().deferral() != null || y.offset() != 0 || !y.isContiguous() || y.storage().length() != n) return null;
        return Storage.deferred(y.dtype(), n, y.storage(), ElementwiseChain.of(mask));
    }

    /**
     * The float mask without materialising what need not be: a pending output y is recomputed block by block
     * into a cached buffer, and a gradient that is one value broadcast (sum's) is read as that value.
     */
    private void maskFloats(Tensor g, float[] o, int n) {
        Storage.Deferred pending = UnaryOp.pendingChain(y);
        float[] yd = pending == null ? y.contiguousStorage().floats() : null;
        boolean scalarG = g.isBroadcastScalar();
        float gv = scalarG ? (float) g.storage().get(g.offset()) : 0f;
        float[] gd = scalarG ? null : g.contiguousStorage().floats();
        Parallel.forRanges(n, n, (from, to) -> {
            float[] block = pending == null ? null : new float[Math.min(Storage.BLOCK, to - from)];
            for (int b = from; b < to; b += Storage.BLOCK) {
                int len = Math.min(Storage.BLOCK, to - b);
                float[] ys = yd;
                int yAt = b;
                if (pending != null) {
                    pending.recipe().evaluate(pending.source(), b, len, block, 0);
                    ys = block;
                    yAt = 0;
                }
                if (scalarG) ReluKernels.keepWhereNonzero(gv, ys, yAt, o, b, len);
                else ReluKernels.keepWhereNonzero(gd, b, ys, yAt, o, b, len);
            }
        });
    }

    /**
     * g where y > 0, else 0, without a branch (see forward). y is ReLU's output, so +0.0 or positive (or NaN):
     * bits(y) - 1 is negative exactly for +0.0, and its sign smeared over all bits masks g out.
     */
    static double keepWherePositive(double g, double y) {
        long zeroMask = (Double.doubleToRawLongBits(y) - 1) >> 63;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(g) & ~zeroMask);
    }

    @Override
    protected void onRelease() { y = null; }
}
