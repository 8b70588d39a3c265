package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Grad;
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
        if (g.isRequiresGrad() && Grad.isEnabled()) return new Tensor[] {g.mul(Sign.of(y))};
        // Plain gradient (no double backward): mask it in one pass, like PyTorch's threshold_backward.
        double[] gd = g.contiguousData(), yd = y.contiguousData();
        double[] o = new double[gd.length];
        for (int i = 0; i < o.length; i++) o[i] = yd[i] > 0 ? gd[i] : 0.0;
        return new Tensor[] {Tensor.fromData(o, g.shape(), DType.promote(g.dtype(), y.dtype()))};
    }

    @Override
    protected void onRelease() { x = null; y = null; }
}
