package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/**
 * Elementwise sqrt(x); d/dx = 1 / (2 sqrt(x)) (saved output). A primitive rather than pow(0.5) so
 * that anomaly mode and gradFn name the op the student wrote.
 */
public final class Sqrt extends Function {
    private Tensor y;

    public static Tensor apply(Tensor x) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = Math.sqrt(in[i]);
        }
        Sqrt fn = new Sqrt();
        Tensor y = result(fn, o, x.shape(), x.dtype(), x);
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.div(y.mul(2.0))};
    }

    @Override
    protected void onRelease() { y = null; }
}
