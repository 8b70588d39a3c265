package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static jgrad.autograd.Checks.gradOk;
import static jgrad.autograd.Checks.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReductionTest {
    private final Tensor m = Tensor.of(new double[][] {{1, 5, 3}, {4, 2, 6}});

    @BeforeEach
    void seed() { Tensor.manualSeed(3); }

    @Test
    void sumForward() {
        assertEquals(21, m.sum().item());
        close(new double[] {5, 7, 9}, m.sum(0), 0);
        close(new double[] {9, 12}, m.sum(1), 0);
        close(new double[] {9, 12}, m.sum(-1), 0);
        assertArrayEquals(new int[] {2, 1}, m.sum(1, true).shape());
        assertArrayEquals(new int[0], m.sum().shape());
    }

    @Test
    void meanAndMaxForward() {
        assertEquals(3.5, m.mean().item());
        close(new double[] {2.5, 3.5, 4.5}, m.mean(0), 0);
        close(new double[] {3, 4}, m.mean(1), 0);
        assertEquals(6, m.max().item());
        close(new double[] {4, 5, 6}, m.max(0), 0);
        close(new double[] {5, 6}, m.max(-1), 0);
        close(new double[] {1, 0, 1}, m.argmax(0), 0);
        close(new double[] {1, 2}, m.argmax(1), 0);
    }

    @Test
    void gradientsOverEachDim() {
        Tensor x = uniform(-1, 1, 2, 3, 4);
        gradOk(a -> a[0].sum(), x);
        gradOk(a -> a[0].mean(), x);
        gradOk(a -> a[0].max(), x);
        for (int d = -3; d < 3; d++) {
            final int dim = d;
            gradOk(a -> a[0].sum(dim), x);
            gradOk(a -> a[0].mean(dim), x);
            gradOk(a -> a[0].max(dim), x);
            gradOk(a -> a[0].sum(dim, true), x);
        }
    }

    @Test
    void maxGradientGoesToArgmax() {
        Tensor x = Tensor.of(new double[][] {{1, 5, 3}, {4, 2, 6}}).requiresGrad();
        x.max(1).sum().backward();
        close(new double[] {0, 1, 0, 0, 0, 1}, x.grad(), 0);
        assertEquals("MaxBackward", x.max(0).gradFn().name());
    }

    @Test
    void reductionsOfNonContiguousInput() {
        Tensor x = uniform(-1, 1, 3, 4);
        gradOk(a -> a[0].t().sum(0), x);
        gradOk(a -> a[0].t().max(1), x);
        close(m.sum(1).toArray(), m.t().sum(0), 0);
    }
}
