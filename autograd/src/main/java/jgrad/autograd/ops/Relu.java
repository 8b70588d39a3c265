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
        Tensor y = roundedResult(fn, o, x.shape(), x.dtype(), x); // values of x or 0: already in x's dtype
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
        return new Tensor[] {roundedResult(null, o, g.shape(), DType.promote(g.dtype(), y.dtype()))}; // values of g or 0
    }

    @Override
    protected void onRelease() { x = null; y = null; }
}
