package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Sgemm;

/** Batched matmul [..., n, k] @ [..., k, m] with identical batch dims, via the tiled {@link Sgemm} kernel. */
public final class Matmul extends Function {
    private Tensor a, b;

    public static Tensor apply(Tensor a, Tensor b) {
        int[] sa = a.shape(), sb = b.shape();
        int r = sa.length;
        int n = sa[r - 2], k = sa[r - 1], m = sb[r - 1];
        int batch = 1;
        for (int i = 0; i < r - 2; i++) batch *= sa[i];
        double[] x = a.contiguousData(), y = b.contiguousData();
        double[] o = new double[batch * n * m];
        for (int bt = 0; bt < batch; bt++) {
            Sgemm.multiply(x, bt * n * k, y, bt * k * m, o, bt * n * m, n, k, m);
        }
        int[] os = sa.clone();
        os[r - 1] = m;
        Matmul fn = new Matmul();
        fn.a = a;
        fn.b = b;
        return result(fn, o, os, DType.promote(a.dtype(), b.dtype()), a, b);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.matmul(b.transpose(-1, -2)), a.transpose(-1, -2).matmul(g)};
    }

    @Override
    protected void onRelease() { a = null; b = null; }
}
