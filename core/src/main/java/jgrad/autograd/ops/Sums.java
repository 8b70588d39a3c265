package jgrad.autograd.ops;

import jgrad.autograd.kernels.Parallel;

/**
 * Sums of contiguous runs. Floats are summed pairwise in chunks (halve the chunk by adding its second half onto
 * its first, again and again): every step is a plain elementwise add that the JIT vectorises, where a running
 * total waits on each previous add (a tenth of the speed), and pairwise sums are also more accurate. Chunk
 * totals are added in double and rounded once by the caller. Long runs are split over the cores.
 */
final class Sums {
    private static final int CHUNK = 4096;
    /** Below this a pairwise step costs more than the adds it replaces. */
    private static final int PAIRWISE_MIN = 64;
    private static final ThreadLocal<float[][]> SCRATCH =
            ThreadLocal.withInitial(() -> new float[][] {new float[CHUNK / 2], new float[CHUNK / 4]});

    private Sums() { }

    static double of(float[] in, int n) { return of(in, 0, n); }

    static double of(double[] in, int n) { return of(in, 0, n); }

    static double of(float[] in, int from, int n) {
        if ((long) n < Parallel.MIN_PARALLEL_WORK) return sequential(in, from, n);
        int parts = Parallel.threads();
        double[] partial = new double[parts];
        Parallel.forEach(parts, p -> {
            int lo = (int) ((long) n * p / parts), hi = (int) ((long) n * (p + 1) / parts);
            partial[p] = sequential(in, from + lo, hi - lo);
        });
        double total = 0;
        for (double v : partial) total += v;
        return total;
    }

    private static double sequential(float[] in, int from, int n) {
        if (n < PAIRWISE_MIN) return running(in, from, n);
        float[][] scratch = SCRATCH.get();
        double total = 0;
        for (int b = 0; b < n; b += CHUNK) total += pairwise(in, from + b, Math.min(CHUNK, n - b), scratch[0], scratch[1]);
        return total;
    }

    /** The sum of in[from, from + n) for n ≤ CHUNK, halving between two scratch buffers. */
    private static double pairwise(float[] in, int from, int n, float[] t, float[] u) {
        if (n < PAIRWISE_MIN) return running(in, from, n);
        int h = n >>> 1;
        double odd = (n & 1) != 0 ? in[from + 2 * h] : 0.0;
        for (int j = 0; j < h; j++) t[j] = in[from + j] + in[from + h + j];
        while (h >= PAIRWISE_MIN) {
            int h2 = h >>> 1;
            if ((h & 1) != 0) odd += t[2 * h2];
            for (int j = 0; j < h2; j++) u[j] = t[j] + t[h2 + j];
            float[] swap = t;
            t = u;
            u = swap;
            h = h2;
        }
        return odd + running(t, 0, h);
    }

    /** Four running totals in registers, so consecutive adds do not wait for each other. */
    private static double running(float[] in, int from, int n) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += in[from + k];
            s1 += in[from + k + 1];
            s2 += in[from + k + 2];
            s3 += in[from + k + 3];
        }
        for (; k < n; k++) s0 += in[from + k];
        return (s0 + s1) + (s2 + s3);
    }

    static double of(double[] in, int from, int n) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += in[from + k];
            s1 += in[from + k + 1];
            s2 += in[from + k + 2];
            s3 += in[from + k + 3];
        }
        for (; k < n; k++) s0 += in[from + k];
        return (s0 + s1) + (s2 + s3);
    }
}
