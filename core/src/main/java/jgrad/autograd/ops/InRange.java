package jgrad.autograd.ops;

import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/** 1 where lo <= x <= hi, else 0, as a constant tensor of x's dtype (clamp's derivative). */
final class InRange {
    private InRange() { }

    static Tensor mask(Tensor x, double lo, double hi) {
        Storage in = x.contiguousStorage();
        int n = in.length();
        Storage out = Storage.allocate(x.dtype(), n);
        if (in.isFloat()) {
            float[] a = in.floats(), o = out.floats();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) o[i] = a[i] >= lo && a[i] <= hi ? 1f : 0f;
            });
        } else {
            double[] a = in.doubles(), o = out.doubles();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) o[i] = a[i] >= lo && a[i] <= hi ? 1.0 : 0.0;
            });
        }
        return Tensor.fromStorage(out, x.shape());
    }
}
