package jgrad.autograd.ops;

import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/** sign(x) as a constant (non-differentiable) tensor. */
public final class Sign {
    private Sign() { }

    public static Tensor of(Tensor x) {
        Storage in = x.contiguousStorage();
        Storage out = Storage.allocate(x.dtype(), in.length());
        int n = in.length();
        if (in.isFloat()) {
            float[] a = in.floats(), o = out.floats();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) o[i] = Math.signum(a[i]);
            });
        } else {
            double[] a = in.doubles(), o = out.doubles();
            Parallel.forRanges(n, n, (from, to) -> {
                for (int i = from; i < to; i++) o[i] = Math.signum(a[i]);
            });
        }
        return Tensor.fromStorage(out, x.shape());
    }
}
