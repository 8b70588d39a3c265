package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/**
 * Zeros of {@code shape} with {@code src} written at start, start+step, ... along {@code dim}
 * (PyTorch's slice_scatter into zeros): the gradient of {@link Slice}, itself differentiable for higher order.
 */
public final class SliceScatter extends Node {
    private int dim, start, end, step;

    public static Tensor apply(Tensor src, int[] shape, int dim, int start, int step) {
        int[] ss = src.shape(), cs = Shapes.contiguousStrides(shape);
        Storage in = src.contiguousStorage();
        Storage o = Storage.allocate(src.dtype(), Shapes.numel(shape));
        int[] idx = new int[ss.length];
        for (int i = 0; i < in.length(); i++) {
            int pos = 0;
            for (int d = 0; d < ss.length; d++) pos += (d == dim ? start + idx[d] * step : idx[d]) * cs[d];
            o.set(pos, in.get(i));
            for (int d = ss.length - 1; d >= 0 && ++idx[d] == ss[d]; d--) idx[d] = 0;
        }
        SliceScatter fn = new SliceScatter();
        fn.dim = dim;
        fn.start = start;
        fn.end = start + ss[dim] * step;
        fn.step = step;
        return result(fn, o, shape.clone(), src);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {Slice.apply(g, dim, start, end, step)}; }
}
