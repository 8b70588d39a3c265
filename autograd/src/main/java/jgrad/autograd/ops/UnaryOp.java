package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/**
 * Skeleton of an elementwise op of one tensor: the subclass writes only its loop bodies (one per element
 * type) and its derivative; this class allocates the result, splits the loop over cores and wraps the result.
 * The loops stay in the subclasses on purpose: one shared loop calling a per-element function would see every
 * op at one call site, which the JIT can no longer inline.
 */
public abstract class UnaryOp extends Function {
    protected UnaryOp() { }

    protected UnaryOp(String displayName) { super(displayName); }

    /** y[i] = f(x[i]) for i in [from, to). */
    protected abstract void forward(float[] x, float[] y, int from, int to);

    /** y[i] = f(x[i]) for i in [from, to). */
    protected abstract void forward(double[] x, double[] y, int from, int to);

    /** Relative cost of one element (1 for add or max, more for exp or tanh): decides when to use every core. */
    protected int costPerElement() { return 1; }

    /** Runs {@code fn} over every element of {@code x} and attaches it to the result when a gradient is needed. */
    protected static Tensor compute(UnaryOp fn, Tensor x) {
        Storage in = x.contiguousStorage();
        int n = in.length();
        Storage out = Storage.allocate(x.dtype(), n);
        long work = (long) n * fn.costPerElement();
        if (in.isFloat()) {
            float[] a = in.floats(), o = out.floats();
            Parallel.forRanges(n, work, (from, to) -> fn.forward(a, o, from, to));
        } else {
            double[] a = in.doubles(), o = out.doubles();
            Parallel.forRanges(n, work, (from, to) -> fn.forward(a, o, from, to));
        }
        return result(fn, out, x.shape(), x);
    }
}
