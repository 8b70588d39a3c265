package jgrad.autograd.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DgemmTest {
    private final Random rng = new Random(11);

    /** Textbook i-p-j product: the same summation order as the kernel, so results match exactly. */
    private static double[] naive(double[] a, double[] b, int n, int k, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++)
            for (int p = 0; p < k; p++)
                for (int j = 0; j < m; j++) c[i * m + j] += a[i * k + p] * b[p * m + j];
        return c;
    }

    private double[] random(int len) {
        double[] v = new double[len];
        for (int i = 0; i < len; i++) v[i] = rng.nextGaussian();
        return v;
    }

    private void check(int n, int k, int m) {
        double[] a = random(n * k), b = random(k * m);
        double[] c = random(n * m); // stale contents must be overwritten
        Dgemm.multiply(a, 0, b, 0, c, 0, n, k, m);
        assertArrayEquals(naive(a, b, n, k, m), c, 0.0, n + "x" + k + "x" + m);
    }

    @Test
    void oddSmallSizes() {
        for (int n = 1; n <= 70; n += 3)
            for (int k = 1; k <= 70; k += 7)
                for (int m = 1; m <= 70; m += 5) check(n, k, m);
    }

    @Test
    void tileEdgesAndParallelSplit() {
        check(1, Dgemm.KC + 1, Dgemm.NC + 1);
        check(97, 2 * Dgemm.KC + 3, Dgemm.NC + 17); // crosses both tile sizes, runs on the pool
        check(257, 129, 1);
    }

    @Test
    void offsetsAddressBatchSlices() {
        int n = 5, k = 7, m = 3;
        double[] a = random(2 * n * k), b = random(2 * k * m), c = new double[2 * n * m + 4];
        Dgemm.multiply(a, n * k, b, k * m, c, n * m, n, k, m);
        double[] a1 = java.util.Arrays.copyOfRange(a, n * k, 2 * n * k);
        double[] b1 = java.util.Arrays.copyOfRange(b, k * m, 2 * k * m);
        assertArrayEquals(naive(a1, b1, n, k, m), java.util.Arrays.copyOfRange(c, n * m, 2 * n * m), 0.0);
        assertArrayEquals(new double[n * m], java.util.Arrays.copyOfRange(c, 0, n * m), 0.0);
    }
}
