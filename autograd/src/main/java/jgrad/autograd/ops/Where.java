package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** Elementwise cond != 0 ? a : b on equal shapes and dtypes; the gradient flows to the branch that was chosen. */
public final class Where extends Function {
    private Tensor cond;

    public static Tensor apply(Tensor cond, Tensor a, Tensor b) {
        Storage c = cond.contiguousStorage(), x = a.contiguousStorage(), y = b.contiguousStorage();
        Storage o = Storage.allocate(a.dtype(), x.length());
        if (o.isFloat()) {
            float[] u = x.floats(), v = y.floats(), out = o.floats();
            for (int i = 0; i < out.length; i++) out[i] = c.get(i) != 0 ? u[i] : v[i];
        } else {
            double[] u = x.doubles(), v = y.doubles(), out = o.doubles();
            for (int i = 0; i < out.length; i++) out[i] = c.get(i) != 0 ? u[i] : v[i];
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
