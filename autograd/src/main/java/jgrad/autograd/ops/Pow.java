package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** x^p for a constant exponent p; d/dx = p * x^(p-1). */
public final class Pow extends Function {
    private Tensor x;
    private double p;

    public static Tensor apply(Tensor x, double p) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        if (p == 2.0) {
            for (int i = 0; i < o.length; i++) o[i] = in[i] * in[i];
        } else {
            for (int i = 0; i < o.length; i++) o[i] = Math.pow(in[i], p);
        }
        Pow fn = new Pow();
        fn.x = x;
        fn.p = p;
        return result(fn, o, x.shape(), x.dtype(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(x.pow(p - 1.0).mul(p))};
    }

    @Override
    protected void onRelease() { x = null; }
}
