package jgrad.autograd.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The float32 kernel against a double triple loop, on every micro-kernel this JVM can run: the scalar
 * fallback always, the Vector API one when jdk.incubator.vector is enabled (surefire runs this class both
 * with and without the module).
 */
class SgemmTest {
    private final Random rng = new Random(17);

    private static List<MicroKernel> kernels() {
        List<MicroKernel> all = new ArrayList<>(List.of(ScalarMicroKernel.INSTANCE));
        MicroKernel fastest = Sgemm.fastestAvailable();
        if (fastest != ScalarMicroKernel.INSTANCE) all.add(fastest);
        return all;
    }

    private float[] random(int len) {
        float[] v = new float[len];
        for (int i = 0; i < len; i++) v[i] = (float) rng.nextGaussian();
        return v;
    }

    /** The [cols × rows] row-major transpose of a [rows × cols] row-major matrix. */
    private static float[] transpose(float[] x, int rows, int cols) {
        float[] t = new float[x.length];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) t[j * rows + i] = x[i * cols + j];
        return t;
    }

    /**
     * Asserts c == a·b up to float32 accumulation error: per element 1e-5·sqrt(k)·Σ_p |a_ip·b_pj|
     * (a wrong or missing term is off by far more).
     */
    static void assertProduct(float[] a, float[] b, float[] c, int cOff, int n, int k, int m, String what) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double exact = 0, scale = 0;
                for (int p = 0; p < k; p++) {
                    exact += (double) a[i * k + p] * b[p * m + j];
                    scale += Math.abs((double) a[i * k + p] * b[p * m + j]);
                }
                double got = c[cOff + i * m + j];
                double tol = 1e-5 * Math.sqrt(k) * scale;
                assertTrue(Math.abs(got - exact) <= tol,
                        what + " " + n + "x" + k + "x" + m + " at (" + i + "," + j + "): " + got + " vs " + exact);
            }
        }
    }

    private void check(int n, int k, int m) {
        float[] a = random(n * k), b = random(k * m);
        for (MicroKernel kernel : kernels()) {
            float[] c = random(n * m); // stale contents must be overwritten
            Sgemm.multiply(kernel, a, 0, b, 0, c, 0, n, k, m);
            assertProduct(a, b, c, 0, n, k, m, kernel.getClass().getSimpleName());
        }
        float[] aT = transpose(a, n, k), bT = transpose(b, k, m);
        for (MicroKernel kernel : kernels()) {
            for (int flags = 1; flags < 4; flags++) { // Aᵀ stored, Bᵀ stored, both
                boolean ta = (flags & 1) != 0, tb = (flags & 2) != 0;
                float[] c = random(n * m);
                Sgemm.multiply(kernel, ta ? aT : a, 0, ta, tb ? bT : b, 0, tb, c, 0, n, k, m);
                assertProduct(a, b, c, 0, n, k, m, kernel.getClass().getSimpleName() + " transA=" + ta + " transB=" + tb);
            }
        }
        for (MicroKernel kernel : kernels()) {
            float[] c = random(n * m);
            Sgemm.dots(kernel, a, 0, bT, 0, c, 0, n, k, m);
            assertProduct(a, b, c, 0, n, k, m, kernel.getClass().getSimpleName() + " dot products");
        }
        for (int flags = 0; flags < 4; flags++) {
            boolean ta = (flags & 1) != 0, tb = (flags & 2) != 0;
            float[] c = random(n * m);
            Sgemm.direct(ta ? aT : a, 0, ta, tb ? bT : b, 0, tb, c, 0, n, k, m);
            assertProduct(a, b, c, 0, n, k, m, "unpacked loop transA=" + ta + " transB=" + tb);
        }
    }

    @Test
    void oddShapes() {
        check(1, 1, 1);
        check(7, 13, 5);
        check(129, 65, 257);
        check(1, 300, 70);
        check(70, 300, 1);
    }

    @Test
    void smallSizesAroundTheRegisterTile() {
        for (int n = 1; n <= 14; n++)
            for (int k = 1; k <= 9; k += 4)
                for (int m = 1; m <= 70; m += 3) check(n, k, m);
    }

    @Test
    void crossesEveryBlockSizeAndRunsOnThePool() {
        check(Sgemm.MC + 7, 2 * Sgemm.KC + 3, 33);
        check(13, 5, Sgemm.NC + 45);
        check(250, Sgemm.KC + 1, 130); // big enough to split into parallel tasks
        check(70, Sgemm.PASS_DEPTH + 5, 70); // two passes over k, the second a partial slab
    }

    @Test
    void narrowProductsOfATransposedBAreDotProducts() {
        check(8, 676, 9); // a convolution's weight gradient: n and m below NARROW_M
        check(16, 121, 16);
        float[] a = random(8 * 676), bT = random(9 * 676), b = transpose(bT, 9, 676), c = random(8 * 9);
        Sgemm.multiply(a, 0, false, bT, 0, true, c, 0, 8, 676, 9);
        assertProduct(a, b, c, 0, 8, 676, 9, "public entry, dot products");
    }

    @Test
    void emptySharedDimensionGivesZeros() {
        for (MicroKernel kernel : kernels()) {
            float[] c = random(6);
            Sgemm.multiply(kernel, new float[0], 0, new float[0], 0, c, 0, 2, 0, 3);
            for (float v : c) assertEquals(0f, v);
        }
    }

    @Test
    void offsetsAddressBatchSlices() {
        offsetSlices(9, 20, 17);
        offsetSlices(130, 90, 140); // parallel tasks and edge tiles write into C in place
    }

    private void offsetSlices(int n, int k, int m) {
        float[] a = random(2 * n * k), b = random(2 * k * m);
        for (MicroKernel kernel : kernels()) {
            float[] c = new float[2 * n * m + 4];
            Sgemm.multiply(kernel, a, n * k, b, k * m, c, n * m, n, k, m);
            float[] a1 = java.util.Arrays.copyOfRange(a, n * k, 2 * n * k);
            float[] b1 = java.util.Arrays.copyOfRange(b, k * m, 2 * k * m);
            assertProduct(a1, b1, c, n * m, n, k, m, kernel.getClass().getSimpleName());
            for (int i = 0; i < n * m; i++) assertEquals(0f, c[i], "slice before the output untouched");
            for (int i = 2 * n * m; i < c.length; i++) assertEquals(0f, c[i], "slice after the output untouched");
        }
    }

    @Test
    void vectorKernelRunsExactlyWhenTheModuleIsEnabled() {
        boolean enabled = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertEquals(enabled, Sgemm.usesVectorApi());
        // surefire's default run enables the module (as the launchers do); its second run leaves it out
        boolean expected = !"absent".equals(System.getProperty("jgrad.test.vectorModule"));
        assertEquals(expected, enabled, "surefire argLine and the module layer disagree");
    }
}
