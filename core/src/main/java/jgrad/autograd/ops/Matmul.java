package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Dgemm;
import jgrad.autograd.kernels.Sgemm;

/**
 * Batched matmul [..., n, k] @ [..., k, m] with identical batch dims and dtypes (Tensor broadcasts and
 * promotes first): FLOAT32 products on the float {@link Sgemm} kernel, FLOAT64 on the double {@link Dgemm}.
 */
public final class Matmul extends Node {
    private Tensor a, b;

    public static Tensor apply(Tensor a, Tensor b) {
        int[] sa = a.shape(), sb = b.shape();
        int r = sa.length;
        int n = sa[r - 2], k = sa[r - 1], m = sb[r - 1];
        int batch = 1;
        for (int i = 0; i < r - 2; i++) batch *= sa[i];
        int[] os = sa.clone();
        os[r - 1] = m;
        Storage o = Storage.allocate(a.dtype(), jgrad.autograd.Shapes.numel(os));
        if (r == 2 && o.isFloat()) { // a transposed 2-D operand (Wᵀ, or a saved input in backward) is read in place
            boolean ta = isTransposed(a), tb = isTransposed(b);
            Storage x = ta || a.isContiguous() ? a.storage() : a.contiguousStorage();
            Storage y = tb || b.isContiguous() ? b.storage() : b.contiguousStorage();
            int xOff = x == a.storage() ? a.offset() : 0, yOff = y == b.storage() ? b.offset() : 0;
            Sgemm.multiply(x.floats(), xOff, ta, y.floats(), yOff, tb, o.floats(), 0, n, k, m);
        } else {
            Storage x = a.contiguousStorage(), y = b.contiguousStorage();
            for (int bt = 0; bt < batch; bt++) multiply(x, bt * n * k, y, bt * k * m, o, bt * n * m, n, k, m);
        }
        Matmul fn = new Matmul();
        fn.a = a;
        fn.b = b;
        return result(fn, o, os, a, b);
    }

    /** c[cOff..] = a[aOff..] [n×k] · b[bOff..] [k×m] (overwritten), on the kernel of the storages' type. */
    static void multiply(Storage a, int aOff, Storage b, int bOff, Storage c, int cOff, int n, int k, int m) {
        if (c.isFloat()) Sgemm.multiply(a.floats(), aOff, b.floats(), bOff, c.floats(), cOff, n, k, m);
        else Dgemm.multiply(a.doubles(), aOff, b.doubles(), bOff, c.doubles(), cOff, n, k, m);
    }

    /** A 2-D view that is the transpose of a row-major block: strides [1, rows] (and not also row-major). */
    private static boolean isTransposed(Tensor t) {
        int[] shape = t.shape(), st = t.strides();
        return !t.isContiguous() && st[0] == 1 && st[1] == shape[0];
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        // Only the gradients somebody needs: a network's input takes none (a third of an MLP step's multiply-adds).
        return new Tensor[] {
            a.isRequiresGrad() ? g.matmul(b.transpose(-1, -2)) : null,
            b.isRequiresGrad() ? gradOfB(g) : null};
    }

    /**
     * aᵀ·g; when b is a transposed view (Linear's Wᵀ) computed as (gᵀ·a)ᵀ instead, so that the transpose's own
     * backward hands the weight a contiguous gradient rather than a transposed one to copy.
     */
    private Tensor gradOfB(Tensor g) {
        if (b.dim() == 2 && isTransposed(b)) return g.t().matmul(a).t();
        return a.transpose(-1, -2).matmul(g);
    }

    @Override
    protected void onRelease() { a = null; b = null; }
}
