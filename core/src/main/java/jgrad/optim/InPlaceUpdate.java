package jgrad.optim;

import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/**
 * Runs an optimizer's update over a parameter in place, block by block: each block of the parameter and of its
 * gradient is widened into two small double buffers (so every optimizer computes in double whatever the
 * parameter's dtype), updated, and written back into the parameter's own storage.
 */
final class InPlaceUpdate {
    private static final int BLOCK = 1024;

    /** One block: element offset + i of the parameter is values[i], of the gradient grad[i], for i < n. */
    @FunctionalInterface
    interface Block {
        void update(double[] values, double[] grad, int offset, int n);
    }

    /**
     * The same update computed in float straight on a FLOAT32 parameter's array: p[pAt + i] and g[gAt + i] for
     * i < n. For rules without double state (plain SGD): a loop the JIT vectorises, where widening each block to
     * double and back costs several times the update itself.
     */
    @FunctionalInterface
    interface FloatBlock {
        void update(float[] p, int pAt, float[] g, int gAt, int n);
    }

    private InPlaceUpdate() { }

    /** Updates with {@code floats} when both it and the parameter's storage are float (else {@code block}). */
    static void apply(Tensor parameter, Tensor grad, Block block, FloatBlock floats) {
        if (!parameter.isLeaf()) {
            throw new IllegalStateException("step: cannot update the result of " + parameter.gradFn().name()
                    + " in place; optimizers take leaf tensors (parameters)");
        }
        int n = (int) parameter.numel();
        Storage gs = grad.to(parameter.dtype()).contiguousStorage();
        if (!parameter.isContiguous()) { // a strided view: gather, update, scatter back through assign
            double[] values = parameter.toArray();
            block.update(values, gs.toDoubles(0, n), 0, n);
            parameter.assign(values);
            return;
        }
        Storage ps = parameter.storage();
        ps.beforeWrite();
        int base = parameter.offset();
        if (floats != null && ps.isFloat()) {
            float[] p = ps.floats(), d = gs.floats();
            Parallel.forRanges(n, n, (from, to) -> floats.update(p, base + from, d, from, to - from));
            ps.bumpVersion();
            return;
        }
        double[] values = new double[Math.min(n, BLOCK)], g = new double[values.length];
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            if (ps.isFloat()) {
                float[] p = ps.floats(), d = gs.floats();
                for (int i = 0; i < len; i++) {
                    values[i] = p[base + from + i];
                    g[i] = d[from + i];
                }
                block.update(values, g, from, len);
                for (int i = 0; i < len; i++) p[base + from + i] = (float) values[i];
            } else {
                double[] p = ps.doubles();
                System.arraycopy(p, base + from, values, 0, len);
                System.arraycopy(gs.doubles(), from, g, 0, len);
                block.update(values, g, from, len);
                System.arraycopy(values, 0, p, base + from, len);
            }
        }
        ps.bumpVersion();
    }
}
