package jgrad.autograd.ops;

import java.util.Arrays;
import jgrad.autograd.Storage;
import jgrad.autograd.kernels.Parallel;

/**
 * A run of elementwise ops waiting to be applied to one source storage: what a deferred result of
 * {@link UnaryOp} holds instead of values. Evaluated block by block (each block small enough to stay in the
 * core's cache while every op of the chain passes over it), so a chain such as relu(2x + 1) reads memory once
 * instead of writing and re-reading an intermediate per op; {@link #sum} adds the results up without storing
 * them at all.
 */
final class ElementwiseChain implements Storage.Recipe {
    private static final int BLOCK = Storage.BLOCK;

    private final UnaryOp[] ops;
    private final int cost;

    private ElementwiseChain(UnaryOp[] ops) {
        this.ops = ops;
        int c = 0;
        for (UnaryOp op : ops) c += op.costPerElement();
        this.cost = c;
    }

    static ElementwiseChain of(UnaryOp op) { return new ElementwiseChain(new UnaryOp[] {op}); }

    ElementwiseChain then(UnaryOp op) {
        UnaryOp[] more = Arrays.copyOf(ops, ops.length + 1);
        more[ops.length] = op;
        return new ElementwiseChain(more);
    }

    @Override
    public void evaluate(Storage source, Storage target) {
        int n = target.length();
        if (target.isFloat()) {
            float[] s = source.floats(), t = target.floats();
            Parallel.forRanges(n, (long) n * cost, (from, to) -> {
                for (int b = from; b < to; b += BLOCK) apply(s, b, t, b, Math.min(BLOCK, to - b));
            });
        } else {
            double[] s = source.doubles(), t = target.doubles();
            Parallel.forRanges(n, (long) n * cost, (from, to) -> {
                for (int b = from; b < to; b += BLOCK) apply(s, b, t, b, Math.min(BLOCK, to - b));
            });
        }
    }

    /** The sum of all n results, computed block by block into a scratch buffer, never stored whole. */
    double sum(Storage source, int n) {
        int parts = (long) n * cost < Parallel.MIN_PARALLEL_WORK ? 1 : Parallel.threads();
        double[] partial = new double[parts];
        if (source.isFloat()) {
            float[] s = source.floats();
            Parallel.forEach(parts, p -> {
                float[] buffer = new float[BLOCK];
                double total = 0;
                for (int b = (int) ((long) n * p / parts), end = (int) ((long) n * (p + 1) / parts); b < end; b += BLOCK) {
                    int len = Math.min(BLOCK, end - b);
                    apply(s, b, buffer, 0, len);
                    total += Sums.of(buffer, len);
                }
                partial[p] = total;
            });
        } else {
            double[] s = source.doubles();
            Parallel.forEach(parts, p -> {
                double[] buffer = new double[BLOCK];
                double total = 0;
                for (int b = (int) ((long) n * p / parts), end = (int) ((long) n * (p + 1) / parts); b < end; b += BLOCK) {
                    int len = Math.min(BLOCK, end - b);
                    apply(s, b, buffer, 0, len);
                    total += Sums.of(buffer, len);
                }
                partial[p] = total;
            });
        }
        double total = 0;
        for (double v : partial) total += v;
        return total;
    }

    @Override
    public void evaluate(Storage source, int from, int n, float[] into, int at) { apply(source.floats(), from, into, at, n); }

    @Override
    public void evaluate(Storage source, int from, int n, double[] into, int at) { apply(source.doubles(), from, into, at, n); }

    private void apply(float[] s, int si, float[] t, int ti, int len) {
        ops[0].forward(s, si, t, ti, len);
        for (int k = 1; k < ops.length; k++) ops[k].forward(t, ti, t, ti, len);
    }

    private void apply(double[] s, int si, double[] t, int ti, int len) {
        ops[0].forward(s, si, t, ti, len);
        for (int k = 1; k < ops.length; k++) ops[k].forward(t, ti, t, ti, len);
    }
}
