package jgrad.autograd.kernels;

/**
 * Row-major C[n×m] = A[n×k] · B[k×m] on doubles, cache-tiled and split across cores.
 *
 * <p>Blocking scheme: columns of B and C are cut into {@value #NC}-wide tiles and the shared dimension
 * into {@value #KC}-deep slabs, so one B tile (KC×NC doubles = 256 KiB) stays in L2 while every row of
 * A streams past it. Per row the innermost loop is an axpy over NC contiguous doubles of C (an L1-resident
 * strip), which the JIT vectorises (AVX2). Rows are split across cores ({@link Parallel}) once the
 * product is large enough to pay for it. Used for FLOAT64; FLOAT32 products go through {@link Sgemm}.
 */
public final class Dgemm {
    static final int KC = 128;
    static final int NC = 256;
    private static final long PARALLEL_FLOPS = 1L << 21;
    private static final int ROWS_PER_TASK = 16;

    private Dgemm() { }

    /** c[cOff..] = a[aOff..] · b[bOff..] (c is overwritten). */
    public static void multiply(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int n, int k, int m) {
        java.util.Arrays.fill(c, cOff, cOff + n * m, 0.0);
        if ((long) n * k * m < PARALLEL_FLOPS || n < 2 * ROWS_PER_TASK) {
            rows(a, aOff, b, bOff, c, cOff, 0, n, k, m);
            return;
        }
        int tasks = (n + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        Parallel.forEach(tasks, t ->
                rows(a, aOff, b, bOff, c, cOff, t * ROWS_PER_TASK, Math.min(n, (t + 1) * ROWS_PER_TASK), k, m));
    }

    private static void rows(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                             int i0, int i1, int k, int m) {
        for (int j0 = 0; j0 < m; j0 += NC) {
            int j1 = Math.min(m, j0 + NC);
            for (int p0 = 0; p0 < k; p0 += KC) {
                int p1 = Math.min(k, p0 + KC);
                for (int i = i0; i < i1; i++) {
                    int ci = cOff + i * m, ai = aOff + i * k;
                    for (int p = p0; p < p1; p++) {
                        axpy(a[ai + p], b, bOff + p * m, c, ci, j0, j1);
                    }
                }
            }
        }
    }

    private static void axpy(double s, double[] b, int bRow, double[] c, int cRow, int j0, int j1) {
        for (int j = j0; j < j1; j++) c[cRow + j] += s * b[bRow + j];
    }
}
