package jgrad.autograd.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jgrad.autograd.Storage;
import jgrad.autograd.kernels.FusedStage;
import jgrad.autograd.kernels.Parallel;

/**
 * A run of elementwise ops waiting to be applied to one source storage: what a deferred result of
 * {@link UnaryOp} holds instead of values. Float chains run as fused stages where their ops allow
 * ({@link FusedStage}: scalar multiplies and adds, clamps and ReLU, ReLU's gradient), each stage one pass with
 * the values in registers; other ops run their own loops. Evaluation goes block by block (each block small
 * enough to stay in the core's cache while every step of the chain passes over it), so a chain such as
 * relu(2x + 1) reads memory once instead of writing and re-reading an intermediate per op; {@link #sum} adds the
 * results up without storing them at all, and {@link #addTo} adds them into another array the same way.
 */
final class ElementwiseChain implements Storage.Recipe {
    private static final int BLOCK = Storage.BLOCK;

    private final UnaryOp[] ops;
    /** The float chain: each step a FusedStage or a UnaryOp that fits no stage. */
    private final Object[] floatSteps;
    private final int cost;

    private ElementwiseChain(UnaryOp[] ops) {
        this.ops = ops;
        int c = 0;
        for (UnaryOp op : ops) c += op.costPerElement();
        this.cost = c;
        this.floatSteps = floatSteps(ops);
    }

    private static Object[] floatSteps(UnaryOp[] ops) {
        List<Object> steps = new ArrayList<>();
        FusedStage.Builder stage = new FusedStage.Builder();
        for (UnaryOp op : ops) {
            if (op.fuseInto(stage)) continue;
            if (!stage.isEmpty()) steps.add(stage.build());
            stage = new FusedStage.Builder();
            if (!op.fuseInto(stage)) steps.add(op);
        }
        if (!stage.isEmpty()) steps.add(stage.build());
        return steps.toArray();
    }

    static ElementwiseChain of(UnaryOp op) { return new ElementwiseChain(new UnaryOp[] {op}); }

    ElementwiseChain then(UnaryOp op) {
        UnaryOp[] more = Arrays.copyOf(ops, ops.length + 1);
        more[ops.length] = op;
        return new ElementwiseChain(more);
    }

    /** The one fused stage this float chain is, or null if it takes more steps. */
    private FusedStage singleStage() {
        return floatSteps.length == 1 && floatSteps[0] instanceof FusedStage stage ? stage : null;
    }

    @Override
    public void evaluate(Storage source, Storage target) {
        int n = target.length();
        if (target.isFloat()) {
            float[] s = source.floats(), t = target.floats();
            FusedStage stage = singleStage();
            Parallel.forRanges(n, (long) n * cost, (from, to) -> {
                if (stage != null) stage.apply(s, from, t, from, to - from);
                else for (int b = from; b < to; b += BLOCK) apply(s, b, t, b, Math.min(BLOCK, to - b));
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
            FusedStage stage = singleStage();
            Parallel.forEach(parts, p -> {
                int from = (int) ((long) n * p / parts), end = (int) ((long) n * (p + 1) / parts);
                if (stage != null) {
                    partial[p] = stage.sum(s, from, end - from);
                    return;
                }
                float[] buffer = new float[BLOCK];
                double total = 0;
                for (int b = from; b < end; b += BLOCK) {
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

    @Override
    public void addTo(Storage source, int from, int n, float[] into, int at) {
        FusedStage stage = singleStage();
        if (stage != null) stage.addInto(source.floats(), from, into, at, n); // one pass, no buffer
        else Storage.Recipe.super.addTo(source, from, n, into, at);
    }

    private void apply(float[] s, int si, float[] t, int ti, int len) {
        for (int k = 0; k < floatSteps.length; k++) {
            float[] in = k == 0 ? s : t;
            int inAt = k == 0 ? si : ti;
            if (floatSteps[k] instanceof FusedStage stage) stage.apply(in, inAt, t, ti, len);
            else ((UnaryOp) floatSteps[k]).forward(in, inAt, t, ti, len);
        }
    }

    private void apply(double[] s, int si, double[] t, int ti, int len) {
        ops[0].forward(s, si, t, ti, len);
        for (int k = 1; k < ops.length; k++) ops[k].forward(t, ti, t, ti, len);
    }
}
