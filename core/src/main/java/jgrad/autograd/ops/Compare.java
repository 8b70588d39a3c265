package jgrad.autograd.ops;

import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;

/**
 * Elementwise comparison (torch.eq, ne, gt, lt, ge, le) giving 1 where it holds and 0 elsewhere, in the
 * operands' dtype: there is no bool dtype, so a comparison is a 0/1 tensor that sums to a count and averages
 * to a fraction. Not differentiable, as in PyTorch: the result never requires grad. NaN compares unequal to
 * everything, itself included.
 */
public final class Compare extends BinaryOp {
    /** The comparison, with the name PyTorch gives it. */
    public enum Kind { EQ, NE, GT, LT, GE, LE }

    private final Kind kind;

    private Compare(Kind kind) { this.kind = kind; }

    /** {@code a} and {@code b} of one shape and dtype (Tensor broadcasts and promotes first). */
    public static Tensor apply(Kind kind, Tensor a, Tensor b) {
        try (Grad off = Grad.disabled()) {
            return compute(new Compare(kind), a, b);
        }
    }

    // One loop per comparison and element type, chosen once per run: a switch inside the loop would be
    // evaluated per element.
    @Override
    protected void forward(float[] a, int ai, float[] b, int bi, float[] o, int oi, int n) {
        switch (kind) {
            case EQ -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] == b[bi + j] ? 1f : 0f; }
            case NE -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] != b[bi + j] ? 1f : 0f; }
            case GT -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] > b[bi + j] ? 1f : 0f; }
            case LT -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] < b[bi + j] ? 1f : 0f; }
            case GE -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] >= b[bi + j] ? 1f : 0f; }
            case LE -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] <= b[bi + j] ? 1f : 0f; }
            default -> throw new AssertionError(kind);
        }
    }

    @Override
    protected void forward(double[] a, int ai, double[] b, int bi, double[] o, int oi, int n) {
        switch (kind) {
            case EQ -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] == b[bi + j] ? 1 : 0; }
            case NE -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] != b[bi + j] ? 1 : 0; }
            case GT -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] > b[bi + j] ? 1 : 0; }
            case LT -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] < b[bi + j] ? 1 : 0; }
            case GE -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] >= b[bi + j] ? 1 : 0; }
            case LE -> { for (int j = 0; j < n; j++) o[oi + j] = a[ai + j] <= b[bi + j] ? 1 : 0; }
            default -> throw new AssertionError(kind);
        }
    }

    /** A step function: zero almost everywhere, undefined at the jumps; PyTorch's comparisons have no gradient. */
    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {null, null}; }
}
