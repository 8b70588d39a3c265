package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/**
 * Max over each k×k window of every [N, C] plane, read straight from the input (no window copies);
 * the derivative routes each output gradient to the element that won its window (added up where
 * windows overlap). A fused primitive because pooling via im2col + max cost three passes over the windows.
 */
public final class MaxPool extends Node {
    private Patches geometry;
    private int[] winners; // flat input index of each output's maximum

    /** {@code geometry} describes the planes as a batch of one-channel images, without padding. */
    public static Tensor apply(Tensor x, Patches geometry) {
        Storage in = x.contiguousStorage();
        int planes = geometry.n(), h = geometry.h(), w = geometry.w(), k = geometry.kh(), stride = geometry.stride();
        int oh = geometry.outH(), ow = geometry.outW();
        Storage out = Storage.allocate(x.dtype(), planes * oh * ow);
        int[] winners = new int[out.length()];
        long work = (long) out.length() * k * k;
        if (in.isFloat()) { // arrays fetched once, before the split (a deferred input is computed here)
            float[] src = in.floats(), dst = out.floats();
            Parallel.forRanges(planes, work, (p0, p1) -> {
                for (int p = p0; p < p1; p++) {
                    for (int y = 0; y < oh; y++) maxOfRow(src, (p * h + y * stride) * w, dst, winners, (p * oh + y) * ow, ow, k, w, stride);
                }
            });
        } else {
            double[] src = in.doubles(), dst = out.doubles();
            Parallel.forRanges(planes, work, (p0, p1) -> {
                for (int p = p0; p < p1; p++) {
                    for (int y = 0; y < oh; y++) maxOfRow(src, (p * h + y * stride) * w, dst, winners, (p * oh + y) * ow, ow, k, w, stride);
                }
            });
        }
        MaxPool fn = new MaxPool();
        fn.geometry = geometry;
        fn.winners = winners;
        return result(fn, out, new int[] {planes, 1, oh, ow}, x);
    }

    /**
     * One row of outputs [o0, o0 + ow) whose windows start at input index {@code first}: window element by
     * window element, a running Math.max across the row. Branch-free on purpose (comparing as we go
     * mispredicts on random data and ran 3x slower): the winner moves exactly where the maximum's bits changed,
     * so the first of equal maxima wins and a NaN, once in, stays (PyTorch gives it the gradient too).
     */
    private static void maxOfRow(float[] in, int first, float[] out, int[] winners, int o0, int ow, int k, int w,
                                 int stride) {
        if (k == 2) {
            maxOfRow2x2(in, first, out, winners, o0, ow, w, stride);
            return;
        }
        for (int x = 0; x < ow; x++) {
            out[o0 + x] = in[first + x * stride];
            winners[o0 + x] = first + x * stride;
        }
        for (int i = 0; i < k; i++) {
            for (int j = i == 0 ? 1 : 0; j < k; j++) {
                for (int x = 0, at = first + i * w + j; x < ow; x++, at += stride) {
                    float before = out[o0 + x], after = Math.max(before, in[at]);
                    int changed = movedMask(before, after);
                    winners[o0 + x] = (winners[o0 + x] & ~changed) | (at & changed);
                    out[o0 + x] = after;
                }
            }
        }
    }

    /**
     * The common 2×2 window with the same running maximum and winner rule, kept in registers: one store per
     * output instead of a read-modify-write of the output row per window element.
     */
    private static void maxOfRow2x2(float[] in, int first, float[] out, int[] winners, int o0, int ow, int w, int stride) {
        for (int x = 0; x < ow; x++) {
            int at = first + x * stride;
            float m = in[at];
            int win = at;
            float next = Math.max(m, in[at + 1]);
            int moved = movedMask(m, next);
            win = (win & ~moved) | ((at + 1) & moved);
            m = next;
            next = Math.max(m, in[at + w]);
            moved = movedMask(m, next);
            win = (win & ~moved) | ((at + w) & moved);
            m = next;
            next = Math.max(m, in[at + w + 1]);
            moved = movedMask(m, next);
            win = (win & ~moved) | ((at + w + 1) & moved);
            out[o0 + x] = next;
            winners[o0 + x] = win;
        }
    }

    /** All ones where the running maximum's bits changed from {@code before} to {@code after}, else zero. */
    private static int movedMask(float before, float after) {
        int changedBits = Float.floatToRawIntBits(after) ^ Float.floatToRawIntBits(before);
        return (changedBits | -changedBits) >> 31;
    }

    private static void maxOfRow(double[] in, int first, double[] out, int[] winners, int o0, int ow, int k, int w,
                                 int stride) {
        for (int x = 0; x < ow; x++) {
            out[o0 + x] = in[first + x * stride];
            winners[o0 + x] = first + x * stride;
        }
        for (int i = 0; i < k; i++) {
            for (int j = i == 0 ? 1 : 0; j < k; j++) {
                for (int x = 0, at = first + i * w + j; x < ow; x++, at += stride) {
                    double before = out[o0 + x], after = Math.max(before, in[at]);
                    long changedBits = Double.doubleToRawLongBits(after) ^ Double.doubleToRawLongBits(before);
                    int changed = (int) ((changedBits | -changedBits) >> 63); // all ones if the maximum moved
                    winners[o0 + x] = (winners[o0 + x] & ~changed) | (at & changed);
                    out[o0 + x] = after;
                }
            }
        }
    }

    private MaxPool() { super("MaxPool2d"); }

    @Override
    protected Tensor[] backward(Tensor g) {
        Storage gs = g.contiguousStorage();
        Storage os = Storage.allocate(g.dtype(), geometry.n() * geometry.h() * geometry.w());
        int perPlane = geometry.outH() * geometry.outW(), n = gs.length();
        if (gs.isFloat()) {
            float[] gd = gs.floats(), o = os.floats();
            Parallel.forRanges(geometry.n(), n, (p0, p1) -> {
                for (int i = p0 * perPlane; i < p1 * perPlane; i++) o[winners[i]] += gd[i]; // winners stay in their plane
            });
        } else {
            double[] gd = gs.doubles(), o = os.doubles();
            Parallel.forRanges(geometry.n(), n, (p0, p1) -> {
                for (int i = p0 * perPlane; i < p1 * perPlane; i++) o[winners[i]] += gd[i];
            });
        }
        return new Tensor[] {Tensor.fromStorage(os, geometry.inputShape())};
    }

    @Override
    protected void onRelease() { winners = null; }
}
