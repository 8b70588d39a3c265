package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Tensor;

/** Broadcast size-1 dims to a larger size (stride 0 view, same rank). Backward sums them back. */
public final class Expand extends Node {
    private int[] inShape;

    public static Tensor apply(Tensor x, int[] shape) {
        int[] s = x.shape(), st = x.strides().clone();
        for (int i = 0; i < s.length; i++) if (s[i] != shape[i]) st[i] = 0;
        Expand fn = new Expand();
        fn.inShape = s;
        return view(fn, x, shape.clone(), st, x.offset(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int[] gs = g.shape();
        Tensor r = g;
        for (int i = 0; i < inShape.length; i++) {
            if (inShape[i] == 1 && gs[i] != 1) r = r.sum(i, true);
        }
        return new Tensor[] {r};
    }
}
