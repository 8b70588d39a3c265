package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** Integer indexing of the leading dims: x[i0, i1, ...] as a zero-copy view. */
public final class Select extends Node {
    private int[] inShape;
    private int[] idx;

    public static Tensor apply(Tensor x, int... idx) {
        int[] s = x.shape(), st = x.strides();
        if (idx.length > s.length) {
            throw new IllegalArgumentException("get: too many indices (" + idx.length + ") for tensor of shape "
                    + Shapes.str(s));
        }
        int off = x.offset();
        int[] norm = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            int v = idx[i] < 0 ? idx[i] + s[i] : idx[i];
            if (v < 0 || v >= s[i]) {
                throw new IndexOutOfBoundsException("get: index " + idx[i] + " is out of bounds for dim " + i
                        + " with size " + s[i] + " (shape " + Shapes.str(s) + ")");
            }
            norm[i] = v;
            off += v * st[i];
        }
        int[] ns = java.util.Arrays.copyOfRange(s, idx.length, s.length);
        int[] nst = java.util.Arrays.copyOfRange(st, idx.length, st.length);
        Select fn = new Select();
        fn.inShape = s;
        fn.idx = norm;
        return view(fn, x, ns, nst, off, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        int[] cs = Shapes.contiguousStrides(inShape);
        int off = 0;
        for (int i = 0; i < idx.length; i++) off += idx[i] * cs[i];
        Storage o = Storage.allocate(g.dtype(), Shapes.numel(inShape));
        Storage gd = g.contiguousStorage();
        Storage.copy(gd, 0, o, off, gd.length());
        return new Tensor[] {Tensor.fromStorage(o, inShape)};
    }
}
