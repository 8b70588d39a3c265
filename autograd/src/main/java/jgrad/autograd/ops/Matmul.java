package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Dgemm;
import jgrad.autograd.kernels.Sgemm;

/**
 * Batched matmul [..., n, k] @ [..., k, m] with identical batch dims and dtypes (Tensor broadcasts and
 * promotes first): FLOAT32 products on the float {@link Sgemm} kernel, FLOAT64 on the double {@link Dgemm}.
 */
public final class Matmul extends Function {
    private Tensor a, b;

    public static Tensor apply(Tensor a, Tensor b) {
        int[] sa = a.shape(), sb = b.shape();
        int r = sa.length;
        int n = sa[r - 2], k = sa[r - 1], m = sb[r - 1];
        int batch = 1;
        for (int i = 0; i < r - 2; i++) batch *= sa[i];
        int[] os = sa.clone();
        os[r - 1] = m;
        Storage x = a.contiguousStorage(), y = b.contiguousStorage();
        Storage o = Storage.allocate(a.dtype(), jgrad.autograd.Shapes.numel(os));
        for (int bt = 0; bt < batch; bt++) multiply(x, bt * n * k, y, bt * k * m, o, bt * n * m, n, k, m);
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

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.matmul(b.transpose(-1, -2)), a.transpose(-1, -2).matmul(g)};
    }

    @Override
    protected void onRelease() { a = null; b = null; }
}
