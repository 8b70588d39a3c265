package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/**
 * Sum over one (normalized) dim. Backward broadcasts the gradient back to the input shape. FLOAT32 sums run
 * in double registers and are rounded once at the end (no slower: the loops are bound by memory, not adds).
 */
public final class Sum extends Function {
    private int[] inShape, keepShape;

    public static Tensor apply(Tensor x, int dim, boolean keepdim) {
        int[] s = x.shape();
        int outer = 1, inner = 1, n = s[dim];
        for (int i = 0; i < dim; i++) outer *= s[i];
        for (int i = dim + 1; i < s.length; i++) inner *= s[i];
        Storage in = x.contiguousStorage();
        Storage o = Storage.allocate(x.dtype(), outer * inner);
        if (in.isFloat()) {
            if (inner == 1) sumLastDim(in.floats(), o.floats(), outer, n);
            else sumMiddleDim(in.floats(), o.floats(), outer, n, inner);
        } else {
            if (inner == 1) sumLastDim(in.doubles(), o.doubles(), outer, n);
            else sumMiddleDim(in.doubles(), o.doubles(), outer, n, inner);
        }
        int[] keep = s.clone();
        keep[dim] = 1;
        Sum fn = new Sum();
        fn.inShape = s;
        fn.keepShape = keep;
        return result(fn, o, keepdim ? keep : Shapes.remove(s, dim), x);
    }

    /**
     * Reducing the last dim (and full sums): four running totals in registers, so consecutive adds do not wait
     * for each other (one chain of dependent adds ran at a quarter of the core's add throughput).
     */
    private static void sumLastDim(float[] in, float[] o, int outer, int n) {
        for (int a = 0; a < outer; a++) {
            int row = a * n, k = 0;
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            for (; k + 3 < n; k += 4) {
                s0 += in[row + k];
                s1 += in[row + k + 1];
                s2 += in[row + k + 2];
                s3 += in[row + k + 3];
            }
            for (; k < n; k++) s0 += in[row + k];
            o[a] = (float) ((s0 + s1) + (s2 + s3));
        }
    }

    private static void sumLastDim(double[] in, double[] o, int outer, int n) {
        for (int a = 0; a < outer; a++) {
            int row = a * n, k = 0;
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            for (; k + 3 < n; k += 4) {
                s0 += in[row + k];
                s1 += in[row + k + 1];
                s2 += in[row + k + 2];
                s3 += in[row + k + 3];
            }
            for (; k < n; k++) s0 += in[row + k];
            o[a] = (s0 + s1) + (s2 + s3);
        }
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

    static int numel(int[] s) { return Shapes.numel(s); }
}
