package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Dgemm;
import jgrad.autograd.kernels.Sgemm;

/**
 * Batched matmul [..., n, k] @ [..., k, m] with identical batch dims: FLOAT32 products (forward and the two
 * backward products alike) on the float {@link Sgemm} kernel once they are big enough to pay for packing,
 * everything else on the exact double {@link Dgemm} kernel.
 */
public final class Matmul extends Function {
    /** Below this many multiply-adds a FLOAT32 product stays on Dgemm (then rounds), skipping the packing. */
    static final long SGEMM_MIN_FMAS = 1L << 12;
    private Tensor a, b;

    public static Tensor apply(Tensor a, Tensor b) {
        int[] sa = a.shape(), sb = b.shape();
        int r = sa.length;
        int n = sa[r - 2], k = sa[r - 1], m = sb[r - 1];
        int batch = 1;
        for (int i = 0; i < r - 2; i++) batch *= sa[i];
        double[] x = a.contiguousData(), y = b.contiguousData();
        double[] o = new double[batch * n * m];
        DType dtype = DType.promote(a.dtype(), b.dtype());
        for (int bt = 0; bt < batch; bt++) multiply(dtype, x, bt * n * k, y, bt * k * m, o, bt * n * m, n, k, m);
        int[] os = sa.clone();
        os[r - 1] = m;
        Matmul fn = new Matmul();
        fn.a = a;
        fn.b = b;
        return result(fn, o, os, dtype, a, b);
    }

    /**
     * c[cOff..] = a[aOff..] [n×k] · b[bOff..] [k×m] (overwritten) on the kernel this class picks for
     * {@code dtype}; FLOAT32 results are float values only when Sgemm ran, so callers still round.
     */
    static void multiply(DType dtype, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int n, int k, int m) {
        if (dtype == DType.FLOAT32 && (long) n * k * m >= SGEMM_MIN_FMAS) Sgemm.multiply(a, aOff, b, bOff, c, cOff, n, k, m);
        else Dgemm.multiply(a, aOff, b, bOff, c, cOff, n, k, m);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.matmul(b.transpose(-1, -2)), a.transpose(-1, -2).matmul(g)};
    }

    @Override
    protected void onRelease() { a = null; b = null; }
}
