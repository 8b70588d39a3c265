package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Tensor;

/**
 * x[..., start:end:step, ...] along one dim as a zero-copy view (PyTorch slicing: negative indices count from
 * the end, out-of-range bounds are clamped, step must be positive). Backward scatters into zeros.
 */
public final class Slice extends Node {
    private int[] inShape;
    private int dim, start, step;

    public static Tensor apply(Tensor x, int dim, int start, int end, int step) {
        int[] s = x.shape(), st = x.strides().clone();
        int d = Shapes.normDim("slice", dim, s);
        if (step <= 0) {
            throw new IllegalArgumentException("slice: step must be positive, got " + step + " (dim " + dim
                    + ", shape " + Shapes.str(s) + ")");
        }
        int n = s[d];
        int b = clamp(start < 0 ? start + n : start, n), e = clamp(end < 0 ? end + n : end, n);
        int len = e <= b ? 0 : (e - b + step - 1) / step;
        int[] ns = s.clone();
        ns[d] = len;
        int off = x.offset() + (len == 0 ? 0 : b * st[d]);
        st[d] *= step;
        Slice fn = new Slice();
        fn.inShape = s;
        fn.dim = d;
        fn.start = b;
        fn.step = step;
        return view(fn, x, ns, st, off, x);
    }

    private static int clamp(int i, int n) { return Math.max(0, Math.min(n, i)); }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {SliceScatter.apply(g, inShape, dim, start, step)}; }
}
