package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Shapes;
import jgrad.autograd.Tensor;

/** Gathers rows of dim 0: out[i] = x[rows[i]]; the derivative scatter-adds each row's gradient back. */
public final class IndexSelect extends Function {
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
        double[] in = x.contiguousData();
        double[] out = new double[rows.length * rowSize];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(in, rows[i] * rowSize, out, i * rowSize, rowSize);
        }
        int[] outShape = s.clone();
        outShape[0] = rows.length;
        IndexSelect fn = new IndexSelect();
        fn.inShape = s;
        fn.rows = rows.clone();
        return result(fn, out, outShape, x.dtype(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int rowSize = Shapes.numel(inShape) / Math.max(1, inShape[0]);
        double[] gd = g.contiguousData();
        double[] o = new double[Shapes.numel(inShape)];
        for (int i = 0; i < rows.length; i++) {
            int to = rows[i] * rowSize, from = i * rowSize;
            for (int k = 0; k < rowSize; k++) o[to + k] += gd[from + k];
        }
        return new Tensor[] {Tensor.fromData(o, inShape, g.dtype())};
    }
}
