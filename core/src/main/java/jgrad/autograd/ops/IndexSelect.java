package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** Gathers rows of dim 0: out[i] = x[rows[i]]; the derivative scatter-adds each row's gradient back. */
public final class IndexSelect extends Node {
    private int[] inShape;
    private int[] rows;

    public static Tensor apply(Tensor x, int[] rows) {
        int[] s = x.shape();
        if (s.length == 0) {
            throw new IllegalArgumentException("indexSelect: needs a tensor with at least one dim, got a scalar");
        }
        for (int r : rows) {
            if (r < 0 || r >= s[0]) {
                throw new IndexOutOfBoundsException("indexSelect: index " + r + " is out of range [0, " + s[0]
                        + ") for dim 0 of shape " + Shapes.str(s));
            }
        }
        int rowSize = Shapes.numel(s) / Math.max(1, s[0]);
        Storage in = x.contiguousStorage();
        int[] outShape = s.clone();
        outShape[0] = rows.length;
        Storage out = Storage.allocate(x.dtype(), Shapes.numel(outShape));
        for (int i = 0; i < rows.length; i++) Storage.copy(in, rows[i] * rowSize, out, i * rowSize, rowSize);
        IndexSelect fn = new IndexSelect();
        fn.inShape = s;
        fn.rows = rows.clone();
        return result(fn, out, outShape, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int rowSize = Shapes.numel(inShape) / Math.max(1, inShape[0]);
        Storage gs = g.contiguousStorage(), os = Storage.allocate(g.dtype(), Shapes.numel(inShape));
        if (gs.isFloat()) {
            float[] gd = gs.floats(), o = os.floats();
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0, to = rows[i] * rowSize, from = i * rowSize; k < rowSize; k++) o[to + k] += gd[from + k];
            }
        } else {
            double[] gd = gs.doubles(), o = os.doubles();
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0, to = rows[i] * rowSize, from = i * rowSize; k < rowSize; k++) o[to + k] += gd[from + k];
            }
        }
        return new Tensor[] {Tensor.fromStorage(os, inShape)};
    }
}
