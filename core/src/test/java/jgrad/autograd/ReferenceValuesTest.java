package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values produced by PyTorch (float32). */
class ReferenceValuesTest {
    @Test
    void softmaxOf123() {
        assertArrayEquals(new double[] {0.09003057, 0.24472847, 0.66524096},
                Tensor.of(1, 2, 3).softmax(0).toArray(), 1e-7);
    }

    @Test
    void logSoftmaxOf123() {
        assertArrayEquals(new double[] {-2.40760596, -1.40760596, -0.40760596},
                Tensor.of(1, 2, 3).logSoftmax(-1).toArray(), 1e-6);
    }

    @Test
    void tanhDerivativeAtHalf() {
        Tensor x = Tensor.scalar(0.5).requiresGrad();
        x.tanh().backward();
        assertEquals(0.78644773, x.grad().item(), 1e-7);
    }

    @Test
    void sigmoidDerivativeAtZeroAndOne() {
        Tensor x = Tensor.of(0, 1).requiresGrad();
        x.sigmoid().sum().backward();
        assertArrayEquals(new double[] {0.25, 0.19661193}, x.grad().toArray(), 1e-7);
    }

    @Test
    void microgradExample() {
        // a = -4, b = 2; c = a + b; d = a * b + b^3; ... (micrograd README first steps)
        Tensor a = Tensor.scalar(-4).requiresGrad();
        Tensor b = Tensor.scalar(2).requiresGrad();
        Tensor c = a.add(b);
        Tensor d = a.mul(b).add(b.pow(3));
        Tensor e = c.sub(d);
        e.backward();
        assertEquals(-2.0, e.item(), 0); // c = -2, d = -8 + 8 = 0
        assertEquals(1 - 2, a.grad().item(), 0); // de/da = 1 - b
        assertEquals(1 - (-4 + 3 * 4), b.grad().item(), 0); // de/db = 1 - (a + 3b^2)
    }
}
