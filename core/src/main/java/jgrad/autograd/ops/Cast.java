package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/** dtype conversion; the gradient is cast back to the input dtype. */
public final class Cast extends Node {
    private DType from;

    public static Tensor apply(Tensor x, DType to) {
        Storage in = x.contiguousStorage();
        Storage out = Storage.allocate(to, in.length());
        int n = in.length();
        if (in.isFloat() && !out.isFloat()) {
            float[] a = in.floats();
            double[] o = out.doubles();
            Parallel.forRanges(n, n, (lo, hi) -> {
                for (int i = lo; i < hi; i++) o[i] = a[i];
            });
        } else if (!in.isFloat() && out.isFloat()) {
            double[] a = in.doubles();
            float[] o = out.floats();
            Parallel.forRanges(n, n, (lo, hi) -> {
                for (int i = lo; i < hi; i++) o[i] = (float) a[i];
            });
        } else {
            Storage.copy(in, 0, out, 0, in.length());
        }
        Cast fn = new Cast();
        fn.from = x.dtype();
        return result(fn, out, x.shape(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.to(from)}; }
}
