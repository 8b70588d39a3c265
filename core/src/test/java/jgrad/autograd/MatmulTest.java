package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static jgrad.autograd.Checks.gradOk;
import static jgrad.autograd.Checks.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatmulTest {
    @BeforeEach
    void seed() { Tensor.manualSeed(5); }

    @Test
    void forward2d() {
        Tensor a = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor b = Tensor.of(new double[][] {{5, 6, 7}, {8, 9, 10}});
        Tensor c = a.matmul(b);
        assertArrayEquals(new int[] {2, 3}, c.shape());
        close(new double[] {21, 24, 27, 47, 54, 61}, c, 0);
        assertEquals("MatmulBackward", a.requiresGrad().matmul(b).gradFn().name());
    }

    @Test
    void vectorCases() {
        Tensor v = Tensor.of(1, 2), w = Tensor.of(3, 4);
        Tensor m = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        assertEquals(11, v.matmul(w).item());
        assertArrayEquals(new int[0], v.matmul(w).shape());
        close(new double[] {7, 10}, v.matmul(m), 0);
        close(new double[] {5, 11}, m.matmul(v), 0);
    }

    @Test
    void gradients() {
        gradOk(x -> x[0].matmul(x[1]), uniform(-1, 1, 3, 4), uniform(-1, 1, 4, 2));
        gradOk(x -> x[0].matmul(x[1]), uniform(-1, 1, 4), uniform(-1, 1, 4, 2));
        gradOk(x -> x[0].matmul(x[1]), uniform(-1, 1, 3, 4), uniform(-1, 1, 4));
        gradOk(x -> x[0].matmul(x[1]), uniform(-1, 1, 2, 3, 4), uniform(-1, 1, 2, 4, 5));
        gradOk(x -> x[0].matmul(x[1]), uniform(-1, 1, 2, 3, 4), uniform(-1, 1, 4, 5));
    }

    @Test
    void nonContiguousOperands() {
        gradOk(x -> x[0].t().matmul(x[1].t()), uniform(-1, 1, 4, 3), uniform(-1, 1, 2, 4));
        Tensor a = Tensor.of(new double[][] {{1, 3}, {2, 4}});
        close(new double[] {1, 2, 3, 4}, a.t().matmul(Tensor.eye(2)), 0);
    }
}
