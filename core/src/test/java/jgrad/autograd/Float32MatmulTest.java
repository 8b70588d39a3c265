package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FLOAT32 matmuls large enough for the float kernel, forward and backward, on transposed and sliced
 * operands, against double triple loops. Surefire runs it with and without jdk.incubator.vector.
 */
class Float32MatmulTest {
    @BeforeEach
    void seed() { Tensor.manualSeed(23); }

    /** Row-major [n×m] = x[n×k] · y[k×m] in double, with Σ|x·y| per element for the float32 tolerance. */
    private static double[][] reference(double[] x, double[] y, int n, int k, int m) {
        double[] exact = new double[n * m], scale = new double[n * m];
        for (int i = 0; i < n; i++)
            for (int p = 0; p < k; p++)
                for (int j = 0; j < m; j++) {
                    exact[i * m + j] += x[i * k + p] * y[p * m + j];
                    scale[i * m + j] += Math.abs(x[i * k + p] * y[p * m + j]);
                }
        return new double[][] {exact, scale};
    }

    private static void assertProduct(Tensor x, Tensor y, Tensor actual, String what) {
        int n = x.shape()[0], k = x.shape()[1], m = y.shape()[1];
        assertEquals(DType.FLOAT32, actual.dtype(), what);
        assertEquals(n, actual.shape()[0], what);
        assertEquals(m, actual.shape()[1], what);
        double[][] ref = reference(x.toArray(), y.toArray(), n, k, m);
        double[] got = actual.toArray();
        for (int i = 0; i < got.length; i++) {
            double tol = 1e-5 * Math.sqrt(k) * ref[1][i];
            assertTrue(Math.abs(got[i] - ref[0][i]) <= tol, what + " element " + i + ": " + got[i] + " vs " + ref[0][i]);
        }
    }

    @Test
    void oddShapesForward() {
        int[][] shapes = {{1, 1, 1}, {7, 13, 5}, {129, 65, 257}, {300, 40, 3}};
        for (int[] s : shapes) {
            Tensor a = Tensor.randn(s[0], s[1]), b = Tensor.randn(s[1], s[2]);
            assertProduct(a, b, a.matmul(b), java.util.Arrays.toString(s));
        }
    }

    @Test
    void transposedAndSlicedOperands() {
        Tensor at = Tensor.randn(65, 129), bt = Tensor.randn(257, 65);
        assertProduct(at.t(), bt.t(), at.t().matmul(bt.t()), "both transposed");
        Tensor wide = Tensor.randn(140, 90);
        Tensor rows = wide.slice(0, 3, 133, 2), cols = wide.slice(1, 1, 90, 3); // strided views
        Tensor b = Tensor.randn(90, 31);
        assertProduct(rows, b, rows.matmul(b), "row-strided left operand");
        Tensor left = Tensor.randn(50, 140);
        assertProduct(left, cols, left.matmul(cols), "column-strided right operand");
    }

    @Test
    void backwardProductsUseTheFloatPathToo() {
        Tensor a = Tensor.randn(129, 65).requiresGrad(), b = Tensor.randn(65, 257).requiresGrad();
        Tensor g = Tensor.randn(129, 257);
        a.matmul(b).backward(g);
        assertProduct(g, b.detach().t(), a.grad(), "dL/da = g · bᵀ");
        assertProduct(a.detach().t(), g, b.grad(), "dL/db = aᵀ · g");
    }

    @Test
    void batchedProducts() {
        Tensor a = Tensor.randn(3, 33, 47), b = Tensor.randn(3, 47, 29);
        Tensor c = a.matmul(b);
        for (int i = 0; i < 3; i++) {
            assertProduct(a.get(i), b.get(i), c.get(i), "batch " + i);
        }
    }
}
