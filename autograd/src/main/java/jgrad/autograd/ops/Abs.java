package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** Elementwise |x|; d/dx = sign(x) (0 at 0). */
public final class Abs extends Function {
    private Tensor x, y;

    public static Tensor apply(Tensor x) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        for (int i = 0; i < o.length; i++) {
            double v = in[i];
            o[i] = Math.abs(v);
        }
        Abs fn = new Abs();
        Tensor y = result(fn, o, x.shape(), x.dtype(), x);
        fn.x = x;
        fn.y = y.detach();
        return y;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(Sign.of(x))};
    }

    @Override
    protected void onRelease() { x = null; y = null; }
}
