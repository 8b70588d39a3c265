package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** sign(x) as a constant (non-differentiable) tensor. */
public final class Sign {
    private Sign() { }

    public static Tensor of(Tensor x) {
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        for (int i = 0; i < o.length; i++) o[i] = Math.signum(in[i]);
        return Tensor.fromData(o, x.shape(), x.dtype());
    }
}
