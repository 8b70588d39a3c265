package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** Max over one dim; gradient flows to the first arg-max. */
public final class Max extends Function {
    private int[] inShape;
    private int[] argIdx; // flat input index of the max, per output element

    /** Returns {values, indices-along-dim}. */
    public static Tensor[] apply(Tensor x, int dim, boolean keepdim) {
        int[] s = x.shape();
        int outer = 1, inner = 1, n = s[dim];
        if (n == 0) throw new IllegalArgumentException("max: cannot reduce empty dim " + dim);
        for (int i = 0; i < dim; i++) outer *= s[i];
        for (int i = dim + 1; i < s.length; i++) inner *= s[i];
        double[] in = x.contiguousData();
        double[] o = new double[outer * inner];
        double[] ix = new double[outer * inner];
        int[] arg = new int[outer * inner];
        for (int a = 0; a < outer; a++) {
            for (int c = 0; c < inner; c++) {
                int best = a * n * inner + c;
                double bv = in[best];
                int bk = 0;
                for (int k = 1; k < n; k++) {
                    int p = a * n * inner + k * inner + c;
                    if (in[p] > bv || Double.isNaN(in[p])) { bv = in[p]; best = p; bk = k; }
                }
                o[a * inner + c] = bv;
                ix[a * inner + c] = bk;
                arg[a * inner + c] = best;
            }
        }
        int[] os = s.clone();
        os[dim] = 1;
        if (!keepdim) os = jgrad.autograd.Shapes.remove(s, dim);
        Max fn = new Max();
        fn.inShape = s;
        fn.argIdx = arg;
        Tensor v = result(fn, o, os, x.dtype(), x);
        return new Tensor[] {v, Tensor.fromData(ix, os, x.dtype())};
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        double[] gd = g.contiguousData();
        double[] o = new double[Sum.numel(inShape)];
        for (int i = 0; i < argIdx.length; i++) o[argIdx[i]] += gd[i];
        return new Tensor[] {Tensor.fromData(o, inShape, g.dtype())};
    }

    @Override
    protected void onRelease() { argIdx = null; }
}
