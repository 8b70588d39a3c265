package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FactoryTest {
    @Test
    void constructors() {
        assertArrayEquals(new int[] {2, 2, 1}, Tensor.of(new double[][][] {{{1}, {2}}, {{3}, {4}}}).shape());
        close(new double[] {0, 0}, Tensor.zeros(2), 0);
        close(new double[] {1, 1, 1, 1}, Tensor.ones(2, 2), 0);
        close(new double[] {7, 7}, Tensor.full(7, 2), 0);
        close(new double[] {0, 1, 2}, Tensor.arange(3), 0);
        close(new double[] {2, 4, 6}, Tensor.arange(2, 7, 2), 0);
        close(new double[] {0, 0.25, 0.5, 0.75, 1}, Tensor.linspace(0, 1, 5), 0);
        close(new double[] {1, 0, 0, 1}, Tensor.eye(2), 0);
        assertEquals(DType.FLOAT32, Tensor.zeros(1).dtype());
    }

    @Test
    void seededRandomIsReproducible() {
        Tensor.manualSeed(42);
        double[] a = Tensor.randn(10).toArray();
        Tensor.manualSeed(42);
        double[] b = Tensor.randn(10).toArray();
        assertArrayEquals(a, b);
        assertNotEquals(a[0], Tensor.randn(10).toArray()[0]);
        for (double v : Tensor.rand(100).toArray()) assertTrue(v >= 0 && v < 1);
    }

    @Test
    void toArrayIsACopy() {
        Tensor x = Tensor.of(1, 2);
        x.toArray()[0] = 99;
        assertEquals(1, x.toArray()[0]);
    }
}
