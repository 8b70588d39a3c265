package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** Elementwise a * b on equal shapes. d/da = b, d/db = a. */
public final class Mul extends Function {
    private Tensor a, b;

    public static Tensor apply(Tensor a, Tensor b) {
        double[] x = a.contiguousData(), y = b.contiguousData();
        double[] o = new double[x.length];
        for (int i = 0; i < o.length; i++) o[i] = x[i] * y[i];
        Mul fn = new Mul();
        fn.a = a;
        fn.b = b;
        return result(fn, o, a.shape(), DType.promote(a.dtype(), b.dtype()), a, b);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        // Skip the product for an input that takes no gradient (e.g. a broadcast constant).
        return new Tensor[] {a.isRequiresGrad() ? g.mul(b) : null, b.isRequiresGrad() ? g.mul(a) : null};
    }

    @Override
    protected void onRelease() { a = null; b = null; }
}
