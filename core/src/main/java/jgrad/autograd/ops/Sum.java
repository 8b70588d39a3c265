package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/**
 * Sum over one (normalized) dim. Backward broadcasts the gradient back to the input shape. FLOAT32 sums along
 * the last dim run in double registers and are rounded once at the end (no slower: the loops are bound by
 * memory, not adds).
 */
public final class Sum extends Node {
    private int[] inShape, keepShape;

    public static Tensor apply(Tensor x, int dim, boolean keepdim) {
        int[] s = x.shape();
        int outer = 1, inner = 1, n = s[dim];
        for (int i = 0; i < dim; i++) outer *= s[i];
        for (int i = dim + 1; i < s.length; i++) inner *= s[i];
        Storage o = Storage.allocate(x.dtype(), outer * inner);
        Storage.Deferred pending = outer * inner == 1 ? UnaryOp.pendingChain(x) : null;
        if (pending != null) { // a full sum of a pending elementwise chain: add up its values without storing them
            o.set(0, ((ElementwiseChain) pending.recipe()).sum(pending.source(), n));
            return finish(x, o, dim, keepdim);
        }
        Storage in = x.contiguousStorage();
        if (in.isFloat()) {
            if (inner == 1) sumLastDim(in.floats(), o.floats(), outer, n);
            else sumMiddleDim(in.floats(), o.floats(), outer, n, inner);
        } else {
            if (inner == 1) sumLastDim(in.doubles(), o.doubles(), outer, n);
            else sumMiddleDim(in.doubles(), o.doubles(), outer, n, inner);
        }
        return finish(x, o, dim, keepdim);
    }

    private static Tensor finish(Tensor x, Storage o, int dim, boolean keepdim) {
        int[] s = x.shape();
        int[] keep = s.clone();
        keep[dim] = 1;
        Sum fn = new Sum();
        fn.inShape = s;
        fn.keepShape = keep;
        return result(fn, o, keepdim ? keep : Shapes.remove(s, dim), x);
    }

    /** Reducing the last dim (and full sums): each row summed on its own. */
    private static void sumLastDim(float[] in, float[] o, int outer, int n) {
        for (int a = 0; a < outer; a++) o[a] = (float) Sums.of(in, a * n, n);
    }

    private static void sumLastDim(double[] in, double[] o, int outer, int n) {
        for (int a = 0; a < outer; a++) o[a] = Sums.of(in, a * n, n);
    }

    /** Row after row added into the output row: contiguous, vectorised adds (float rows add in float, as PyTorch). */
    private static void sumMiddleDim(float[] in, float[] o, int outer, int n, int inner) {
        for (int a = 0; a < outer; a++) {
            int base = a * n * inner, ob = a * inner;
            for (int k = 0; k < n; k++) {
                int row = base + k * inner;
                for (int c = 0; c < inner; c++) o[ob + c] += in[row + c];
            }
        }
    }

    private static void sumMiddleDim(double[] in, double[] o, int outer, int n, int inner) {
        for (int a = 0; a < outer; a++) {
            int base = a * n * inner, ob = a * inner;
            for (int k = 0; k < n; k++) {
                int row = base + k * inner;
                for (int c = 0; c < inner; c++) o[ob + c] += in[row + c];
            }
        }
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.reshape(keepShape).expand(inShape)}; }
}
