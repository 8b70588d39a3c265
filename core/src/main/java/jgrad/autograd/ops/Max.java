package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** Max over one dim; gradient flows to the first arg-max. */
public final class Max extends Node {
    private int[] inShape;
    private int[] argIdx; // flat input index of the max, per output element

    /** Returns {values, indices-along-dim}. */
    public static Tensor[] apply(Tensor x, int dim, boolean keepdim) {
        int[] s = x.shape();
        int outer = 1, inner = 1, n = s[dim];
        if (n == 0) throw new IllegalArgumentException("max: cannot reduce empty dim " + dim);
        for (int i = 0; i < dim; i++) outer *= s[i];
        for (int i = dim + 1; i < s.length; i++) inner *= s[i];
        Storage in = x.contiguousStorage();
        Storage o = Storage.allocate(x.dtype(), outer * inner), ix = Storage.allocate(x.dtype(), outer * inner);
        int[] arg = new int[outer * inner];
        for (int a = 0; a < outer; a++) {
            for (int c = 0; c < inner; c++) {
                int best = a * n * inner + c;
                double bv = in.get(best);
                int bk = 0;
                for (int k = 1; k < n; k++) {
                    int p = a * n * inner + k * inner + c;
                    double v = in.get(p);
                    if (v > bv || Double.isNaN(v)) { bv = v; best = p; bk = k; }
                }
                o.set(a * inner + c, bv);
                ix.set(a * inner + c, bk);
                arg[a * inner + c] = best;
            }
        }
        int[] os = s.clone();
        os[dim] = 1;
        if (!keepdim) os = Shapes.remove(s, dim);
        Max fn = new Max();
        fn.inShape = s;
        fn.argIdx = arg;
        Tensor v = result(fn, o, os, x);
        return new Tensor[] {v, Tensor.fromStorage(ix, os)};
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Storage gd = g.contiguousStorage(), o = Storage.allocate(g.dtype(), Shapes.numel(inShape));
        for (int i = 0; i < argIdx.length; i++) o.set(argIdx[i], o.get(argIdx[i]) + gd.get(i));
        return new Tensor[] {Tensor.fromStorage(o, inShape)};
    }

    @Override
    protected void onRelease() { argIdx = null; }
}
