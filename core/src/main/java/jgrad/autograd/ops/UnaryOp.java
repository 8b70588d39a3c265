package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.FusedStage;
import jgrad.autograd.kernels.Parallel;

/**
 * Skeleton of an elementwise op of one tensor: the subclass writes only its loop bodies (one per element
 * type) and its derivative; this class allocates the result, splits the loop over cores and wraps the result.
 * The loops stay in the subclasses on purpose: one shared loop calling a per-element function would see every
 * op at one call site, which the JIT can no longer inline.
 */
public abstract class UnaryOp extends Node {
    protected UnaryOp() { }

    protected UnaryOp(String displayName) { super(displayName); }

    /** Below this many elements a result is computed at once: deferring costs more than it saves. */
    static final int DEFER_MIN_ELEMENTS = 1 << 15;

    /** y[yi + j] = f(x[xi + j]) for j in [0, n); x and y may be the same array at the same offset. */
    protected abstract void forward(float[] x, int xi, float[] y, int yi, int n);

    /** y[yi + j] = f(x[xi + j]) for j in [0, n); x and y may be the same array at the same offset. */
    protected abstract void forward(double[] x, int xi, double[] y, int yi, int n);

    /** Relative cost of one element (1 for add or max, more for exp or tanh): decides when to use every core. */
    protected int costPerElement() { return 1; }

    /**
     * Adds this op's float step to a fused stage of a pending chain if it has one and it still fits there;
     * false when it does not (the chain then runs the op's own loop).
     */
    boolean fuseInto(FusedStage.Builder stage) { return false; }

    /**
     * Runs {@code fn} over every element of {@code x} and attaches it to the result when a gradient is needed.
     * Large results are deferred ({@link Storage#deferred}): their values are computed when first read, in one
     * pass together with the elementwise ops applied to them in between.
     */
    protected static Tensor compute(UnaryOp fn, Tensor x) {
        int n = (int) x.numel();
        if (n >= DEFER_MIN_ELEMENTS && coversItsStorage(x)) {
            Storage.Deferred pending = pendingChain(x);
            Storage out = pending != null
                    ? Storage.deferred(x.dtype(), n, pending.source(), ((ElementwiseChain) pending.recipe()).then(fn))
                    : Storage.deferred(x.dtype(), n, x.storage(), ElementwiseChain.of(fn));
            return result(fn, out, x.shape(), x);
        }
        Storage in = x.contiguousStorage();
        Storage out = Storage.allocate(x.dtype(), n);
        long work = (long) n * fn.costPerElement();
        if (in.isFloat()) {
            float[] a = in.floats(), o = out.floats();
            Parallel.forRanges(n, work, (from, to) -> fn.forward(a, from, o, from, to - from));
        } else {
            double[] a = in.doubles(), o = out.doubles();
            Parallel.forRanges(n, work, (from, to) -> fn.forward(a, from, o, from, to - from));
        }
        return result(fn, out, x.shape(), x);
    }

    /** The elementwise chain whose values {@code x} is still waiting for, if x is exactly such a result. */
    static Storage.Deferred pendingChain(Tensor x) {
        Storage.Deferred d = x.storage().deferral();
        return d != null && d.recipe() instanceof ElementwiseChain && coversItsStorage(x) ? d : null;
    }

    private static boolean coversItsStorage(Tensor x) {
        return x.offset() == 0 && x.isContiguous() && x.storage().length() == x.numel();
    }
}
