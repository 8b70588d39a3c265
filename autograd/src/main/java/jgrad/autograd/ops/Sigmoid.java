package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** Fused sigmoid; d/dx = s(1-s). */
public final class Sigmoid extends Function {
    private Tensor x, y;

    public static Tensor apply(Tensor x) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        for (int i = 0; i < o.length; i++) {
            double v = in[i];
            o[i] = 1.0 / (1.0 + Math.exp(-v));
        }
        Sigmoid fn = new Sigmoid();
        Tensor y = result(fn, o, x.shape(), x.dtype(), x);
        fn.x = x;
        fn.y = y; // not detached: double backward must see how y depends on x
        return y;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(y.mul(y.neg().add(1.0)))};
    }

    @Override
    protected void onRelease() { x = null; y = null; }
}
