package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** Elementwise cond != 0 ? a : b on equal shapes; the gradient flows to the branch that was chosen. */
public final class Where extends Function {
    private Tensor chosen, other;

    public static Tensor apply(Tensor cond, Tensor a, Tensor b) {
        double[] c = cond.contiguousData(), x = a.contiguousData(), y = b.contiguousData();
        double[] o = new double[c.length], m = new double[c.length], n = new double[c.length];
        for (int i = 0; i < o.length; i++) {
            boolean pick = c[i] != 0;
            o[i] = pick ? x[i] : y[i];
            m[i] = pick ? 1 : 0;
            n[i] = pick ? 0 : 1;
        }
        DType t = DType.promote(a.dtype(), b.dtype());
        Where fn = new Where();
        fn.chosen = Tensor.fromData(m, cond.shape(), t);
        fn.other = Tensor.fromData(n, cond.shape(), t);
        return result(fn, o, cond.shape(), t, a, b);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.mul(chosen), g.mul(other)}; }

    @Override
    protected void onRelease() { chosen = null; other = null; }
}
