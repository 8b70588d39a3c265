package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/**
 * Max over each k×k window of every [N, C] plane, read straight from the input (no window copies);
 * the derivative routes each output gradient to the element that won its window (added up where
 * windows overlap). A fused primitive because pooling via im2col + max cost three passes over the windows.
 */
public final class MaxPool extends Function {
    private Patches geometry;
    private int[] winners; // flat input index of each output's maximum

    /** {@code geometry} describes the planes as a batch of one-channel images, without padding. */
    public static Tensor apply(Tensor x, Patches geometry) {
        double[] in = x.contiguousData();
        int planes = geometry.n(), h = geometry.h(), w = geometry.w(), k = geometry.kh(), stride = geometry.stride();
        int oh = geometry.outH(), ow = geometry.outW();
        double[] out = new double[planes * oh * ow];
        int[] winners = new int[out.length];
        Parallel.forRanges(planes, (long) out.length * k * k, (p0, p1) -> {
            for (int p = p0; p < p1; p++) {
                for (int y = 0; y < oh; y++) {
                    for (int xo = 0; xo < ow; xo++) {
                        int first = (p * h + y * stride) * w + xo * stride, best = first;
                        double bestValue = in[first];
                        for (int i = 0; i < k; i++) {
                            for (int j = 0, at = first + i * w; j < k; j++, at++) {
                                double v = in[at];
                                if (v > bestValue || v != v) { // NaN wins, as in PyTorch
                                    bestValue = v;
                                    best = at;
                                }
                            }
                        }
                        int o = (p * oh + y) * ow + xo;
                        out[o] = bestValue;
                        winners[o] = best;
                    }
                }
            }
        });
        MaxPool fn = new MaxPool();
        fn.geometry = geometry;
        fn.winners = winners;
        return roundedResult(fn, out, new int[] {planes, 1, oh, ow}, x.dtype(), x); // values of x
    }

    private MaxPool() { super("MaxPool2d"); }

    @Override
    protected Tensor[] backward(Tensor g) {
        double[] gd = g.contiguousData();
        double[] o = new double[geometry.n() * geometry.h() * geometry.w()];
        int perPlane = geometry.outH() * geometry.outW();
        Parallel.forRanges(geometry.n(), gd.length, (p0, p1) -> {
            for (int i = p0 * perPlane; i < p1 * perPlane; i++) o[winners[i]] += gd[i]; // winners stay in their plane
        });
        return new Tensor[] {Tensor.fromData(o, geometry.inputShape(), g.dtype())}; // rounds sums of overlapping windows
    }

    @Override
    protected void onRelease() { winners = null; }
}
