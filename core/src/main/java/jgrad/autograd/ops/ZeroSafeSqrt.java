package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/**
 * Elementwise sqrt whose derivative is 0 where the result is 0, instead of infinite: the last step of
 * norm() and std(). PyTorch's backward of both masks a zero result the same way, so a zero vector's norm
 * and a constant's std have gradient 0, not NaN.
 */
public final class ZeroSafeSqrt extends UnaryOp {
    private Tensor y;

    private ZeroSafeSqrt(String displayName) { super(displayName); }

    /** {@code displayName} is the op it finishes ("Norm", "Std"), so graphs name what the user wrote. */
    public static Tensor apply(Tensor x, String displayName) {
        ZeroSafeSqrt fn = new ZeroSafeSqrt(displayName);
        Tensor y = compute(fn, x);
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = (float) Math.sqrt(x[xi + j]);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.sqrt(x[xi + j]);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor zero = y.detach().eq(0);
        // Where y is 0 divide by 1 instead (and drop the result), so no infinity enters the graph.
        Tensor safe = Tensor.where(zero, Tensor.scalar(1).to(y.dtype()), y);
        return new Tensor[] {Tensor.where(zero, Tensor.scalar(0).to(g.dtype()), g.div(safe.mul(2.0)))};
    }

    @Override
    protected void onRelease() { y = null; }
}
