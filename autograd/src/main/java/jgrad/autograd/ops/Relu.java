package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** max(x, 0); d/dx = 1 where x > 0. */
public final class Relu extends Function {
    private Tensor x, y;

    public static Tensor apply(Tensor x) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        for (int i = 0; i < o.length; i++) {
            double v = in[i];
            o[i] = v > 0 ? v : 0.0;
        }
        Relu fn = new Relu();
        Tensor y = result(fn, o, x.shape(), x.dtype(), x);
        fn.x = x;
        fn.y = y.detach();
        return y;
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.mul(Sign.of(y))};
    }

    @Override
    protected void onRelease() { x = null; y = null; }
}
