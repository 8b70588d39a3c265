package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** Elementwise e^x; d/dx = e^x (saved output). */
public final class Exp extends Function {
    private Tensor x, y;

    public static Tensor apply(Tensor x) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        for (int i = 0; i < o.length; i++) {
            double v = in[i];
            o[i] = Math.exp(v);
        }
        Exp fn = new Exp();
        Tensor y = result(fn, o, x.shape(), x.dtype(), x);
        fn.x = x;
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(y)};
    }

    @Override
    protected void onRelease() { x = null; y = null; }
}
