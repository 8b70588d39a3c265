package jgrad.autograd.ops;

/**
 * Sums of contiguous runs with four running totals in registers, so consecutive adds do not wait for each
 * other (one chain of dependent adds runs at a quarter of the core's add throughput). Floats are added in
 * double and rounded once by the caller.
 */
final class Sums {
    private Sums() { }

    static double of(float[] in, int n) { return of(in, 0, n); }

    static double of(double[] in, int n) { return of(in, 0, n); }

    static double of(float[] in, int from, int n) {
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
