package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** Concatenation along one dim; backward slices the gradient back into the pieces. */
public final class Cat extends Node {
    private int dim;
    private int[] sizes;

    public static Tensor apply(int dim, Tensor... xs) {
        if (xs.length == 0) throw new IllegalArgumentException("cat: expected a non-empty list of tensors");
        int[] first = xs[0].shape();
        int d = Shapes.normDim("cat", dim, first);
        int[] out = first.clone();
        out[d] = 0;
        DType dtype = xs[0].dtype();
        int[] sizes = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            int[] s = xs[i].shape();
            boolean fits = s.length == first.length;
            for (int k = 0; fits && k < s.length; k++) fits = k == d || s[k] == first[k];
            if (!fits) {
                throw new IllegalArgumentException("cat: tensor " + i + " has shape " + Shapes.str(s)
                        + " but tensor 0 has shape " + Shapes.str(first) + "; all dims except dim " + d + " must match");
            }
            sizes[i] = s[d];
            out[d] += s[d];
            dtype = DType.promote(dtype, xs[i].dtype());
        }
        int outer = 1, inner = 1;
        for (int k = 0; k < d; k++) outer *= first[k];
        for (int k = d + 1; k < first.length; k++) inner *= first[k];
        Tensor[] parts = new Tensor[xs.length];
        for (int i = 0; i < xs.length; i++) parts[i] = xs[i].to(dtype); // casts stay in the graph
        Storage o = Storage.allocate(dtype, Shapes.numel(out));
        int row = out[d] * inner, col = 0;
        for (int i = 0; i < parts.length; i++) {
            Storage src = parts[i].contiguousStorage();
            int chunk = sizes[i] * inner;
            for (int a = 0; a < outer; a++) Storage.copy(src, a * chunk, o, a * row + col, chunk);
            col += chunk;
        }
        Cat fn = new Cat();
        fn.dim = d;
        fn.sizes = sizes;
        return result(fn, o, out, parts);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        Tensor[] gs = new Tensor[sizes.length];
        int at = 0;
        for (int i = 0; i < sizes.length; i++) {
            gs[i] = g.slice(dim, at, at + sizes[i]);
            at += sizes[i];
        }
        return gs;
    }
}
