package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/**
 * Skeleton of an elementwise op of two tensors of one shape and dtype (Tensor broadcasts and promotes
 * first). The subclass writes its loop bodies over runs of {@code n} elements; this class feeds them runs
 * without copying broadcast operands where it can: an operand that repeats one contiguous block (a bias
 * [C] expanded to [N, C]) is read in place block by block, a plain contiguous one in one run per core.
 * Anything else is gathered to a contiguous copy first.
 */
public abstract class BinaryOp extends Node {
    /** Below this block length, calling the loop once per block costs more than gathering the operand. */
    private static final int MIN_BLOCK = 32;

    protected BinaryOp() { }

    /** o[oi + j] = f(a[ai + j], b[bi + j]) for j in [0, n). */
    protected abstract void forward(float[] a, int ai, float[] b, int bi, float[] o, int oi, int n);

    /** o[oi + j] = f(a[ai + j], b[bi + j]) for j in [0, n). */
    protected abstract void forward(double[] a, int ai, double[] b, int bi, double[] o, int oi, int n);

    protected static Tensor compute(BinaryOp fn, Tensor a, Tensor b) {
        int n = (int) a.numel();
        Operand x = Operand.of(a), y = Operand.of(b);
        int block = Math.min(x.period, y.period);
        if (block < n && block < MIN_BLOCK) {
            if (x.period < MIN_BLOCK) x = Operand.gathered(a);
            if (y.period < MIN_BLOCK) y = Operand.gathered(b);
            block = Math.min(x.period, y.period);
        }
        Storage out = Storage.allocate(a.dtype(), n);
        Operand p = x, q = y;
        if (block == n) { // both plain: one run per core
            if (out.isFloat()) {
                float[] u = p.storage.floats(), v = q.storage.floats(), o = out.floats();
                Parallel.forRanges(n, n, (from, to) -> fn.forward(u, p.offset + from, v, q.offset + from, o, from, to - from));
            } else {
                double[] u = p.storage.doubles(), v = q.storage.doubles(), o = out.doubles();
                Parallel.forRanges(n, n, (from, to) -> fn.forward(u, p.offset + from, v, q.offset + from, o, from, to - from));
            }
        } else { // block by block; the longer period is a multiple of the shorter (both are trailing sub-shapes)
            int blocks = n / block, len = block;
            if (out.isFloat()) {
                float[] u = p.storage.floats(), v = q.storage.floats(), o = out.floats();
                Parallel.forRanges(blocks, n, (b0, b1) -> {
                    for (int k = b0; k < b1; k++) {
                        int at = k * len;
                        fn.forward(u, p.offset + at % p.period, v, q.offset + at % q.period, o, at, len);
                    }
                });
            } else {
                double[] u = p.storage.doubles(), v = q.storage.doubles(), o = out.doubles();
                Parallel.forRanges(blocks, n, (b0, b1) -> {
                    for (int k = b0; k < b1; k++) {
                        int at = k * len;
                        fn.forward(u, p.offset + at % p.period, v, q.offset + at % q.period, o, at, len);
                    }
                });
            }
        }
        return result(fn, out, a.shape(), a, b);
    }

    /** An operand read in place: element i of the tensor is storage[offset + i % period]. */
    private static final class Operand {
        final Storage storage;
        final int offset, period;

        private Operand(Storage storage, int offset, int period) {
            this.storage = storage;
            this.offset = offset;
            this.period = period;
        }

        static Operand gathered(Tensor t) {
            return new Operand(t.contiguousStorage(), 0, Math.max(1, (int) t.numel()));
        }

        /**
         * In place when the trailing dims are contiguous and every leading dim is broadcast (stride 0) or of
         * size 1; the period is then the element count of the trailing dims.
         */
        static Operand of(Tensor t) {
            int[] shape = t.shape(), strides = t.strides();
            int d = shape.length, period = 1;
            while (d > 0 && (shape[d - 1] == 1 || strides[d - 1] == period)) {
                period *= shape[d - 1];
                d--;
            }
            for (int i = 0; i < d; i++) if (shape[i] != 1 && strides[i] != 0) return gathered(t);
            return new Operand(t.storage(), t.offset(), Math.max(1, period));
        }
    }
}
