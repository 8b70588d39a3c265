package jgrad.autograd.ops;

import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** 1 where lo <= x <= hi, else 0, as a constant tensor of x's dtype (clamp's derivative). */
final class InRange {
    private InRange() { }

    static Tensor mask(Tensor x, double lo, double hi) {
        Storage in = x.contiguousStorage();
        Storage out = Storage.allocate(x.dtype(), in.length());
        for (int i = 0; i < in.length(); i++) {
            double v = in.get(i);
            if (v >= lo && v <= hi) out.set(i, 1);
        }
        return Tensor.fromStorage(out, x.shape());
    }
}
