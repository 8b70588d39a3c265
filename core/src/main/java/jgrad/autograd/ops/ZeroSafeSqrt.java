package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/**
 * Elementwise sqrt whose derivative is 0 where the result is 0, instead of infinite: the last step of
 * norm() and std(). PyTorch's backward of both masks a zero result the same way, so a zero vector's norm
 * and a constant's std have gradient 0, not NaN.
 */
public final class ZeroSafeSqrt extends Sqrt {
    private ZeroSafeSqrt(String displayName) { super(displayName); }

    /** {@code displayName} is the op it finishes ("Norm", "Std"), so graphs name what the user wrote. */
    public static Tensor apply(Tensor x, String displayName) { return applyWith(new ZeroSafeSqrt(displayName), x); }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor zero = y.detach().eq(0);
        // Where y is 0 divide by 1 instead (and drop the result), so no infinity enters the graph.
        Tensor safe = Tensor.where(zero, Tensor.scalar(1).to(y.dtype()), y);
        return new Tensor[] {Tensor.where(zero, Tensor.scalar(0).to(g.dtype()), g.div(safe.mul(2.0)))};
    }
}
