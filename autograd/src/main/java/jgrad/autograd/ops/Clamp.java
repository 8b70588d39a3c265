package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** Elementwise min(max(x, lo), hi); gradient passes where lo <= x <= hi (PyTorch's convention at the bounds). */
public final class Clamp extends Function {
    private Tensor mask;

    public static Tensor apply(Tensor x, double lo, double hi) {
        if (lo > hi) throw new IllegalArgumentException("clamp: min " + lo + " is greater than max " + hi);
        double[] in = x.contiguousData();
        double[] o = new double[in.length], m = new double[in.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = Math.min(Math.max(in[i], lo), hi);
            m[i] = in[i] >= lo && in[i] <= hi ? 1 : 0;
        }
        Clamp fn = new Clamp();
        fn.mask = Tensor.fromData(m, x.shape(), x.dtype());
        return result(fn, o, x.shape(), x.dtype(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.mul(mask)}; }

    @Override
    protected void onRelease() { mask = null; }
}
