package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/** Elementwise cond != 0 ? a : b on equal shapes and dtypes; the gradient flows to the branch that was chosen. */
public final class Where extends Node {
    private Tensor cond;

    public static Tensor apply(Tensor cond, Tensor a, Tensor b) {
        Storage c = cond.detach().to(a.dtype()).contiguousStorage(), x = a.contiguousStorage(), y = b.contiguousStorage();
        int n = x.length();
        Storage o = Storage.allocate(a.dtype(), n);
        if (o.isFloat()) {
            float[] m = c.floats(), u = x.floats(), v = y.floats(), out = o.floats();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) out[i] = m[i] != 0 ? u[i] : v[i];
            });
        } else {
            double[] m = c.doubles(), u = x.doubles(), v = y.doubles(), out = o.doubles();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) out[i] = m[i] != 0 ? u[i] : v[i];
            });
        }
        Where fn = new Where();
        fn.cond = cond;
        return result(fn, o, cond.shape(), a, b);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor zero = Tensor.fromStorage(Storage.allocate(g.dtype(), 1), new int[0]);
        return new Tensor[] {Tensor.where(cond, g, zero), Tensor.where(cond, zero, g)};
    }

    @Override
    protected void onRelease() { cond = null; }
}
