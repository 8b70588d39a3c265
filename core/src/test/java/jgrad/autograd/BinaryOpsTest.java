package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static jgrad.autograd.Checks.gradOk;
import static jgrad.autograd.Checks.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BinaryOpsTest {
    @BeforeEach
    void seed() { Tensor.manualSeed(11); }

    @Test
    void forwardValues() {
        Tensor a = Tensor.of(1, 2, 3), b = Tensor.of(4, 5, 6);
        close(new double[] {5, 7, 9}, a.add(b), 0);
        close(new double[] {-3, -3, -3}, a.sub(b), 0);
        close(new double[] {4, 10, 18}, a.mul(b), 0);
        close(new double[] {0.25, 0.4, 0.5}, a.div(b), 1e-7);
        close(new double[] {3, 4, 5}, a.add(2), 0);
        close(new double[] {0, 1, 2}, a.sub(1), 0);
        close(new double[] {2, 4, 6}, a.mul(2), 0);
        close(new double[] {0.5, 1, 1.5}, a.div(2), 0);
    }

    @Test
    void sameShapeGradients() {
        Tensor a = uniform(-2, 2, 2, 3), b = uniform(0.5, 2, 2, 3);
        gradOk(x -> x[0].add(x[1]), a, b);
        gradOk(x -> x[0].sub(x[1]), a, b);
        gradOk(x -> x[0].mul(x[1]), a, b);
        gradOk(x -> x[0].div(x[1]), a, b);
        gradOk(x -> x[0].mul(3.5).add(1.0).div(2.0).sub(0.25), a);
    }

    @Test
    void broadcastColumnPlusRow() {
        Tensor a = Tensor.of(new double[][] {{1}, {2}, {3}});
        Tensor b = Tensor.of(10, 20, 30, 40);
        Tensor c = a.add(b);
        assertArrayEquals(new int[] {3, 4}, c.shape());
        close(new double[] {11, 21, 31, 41, 12, 22, 32, 42, 13, 23, 33, 43}, c, 0);
        gradOk(x -> x[0].add(x[1]), uniform(-1, 1, 3, 1), uniform(-1, 1, 4));
        gradOk(x -> x[0].mul(x[1]), uniform(-1, 1, 3, 1), uniform(-1, 1, 4));
        gradOk(x -> x[0].div(x[1]), uniform(-1, 1, 3, 1), uniform(0.5, 1, 4));
        gradOk(x -> x[0].sub(x[1]), uniform(-1, 1, 2, 1, 3), uniform(-1, 1, 4, 1));
    }

    @Test
    void broadcastGradientIsReducedToInputShape() {
        Tensor a = Tensor.ones(3, 1).requiresGrad();
        Tensor b = Tensor.ones(4).requiresGrad();
        a.mul(b).sum().backward();
        assertArrayEquals(new int[] {3, 1}, a.grad().shape());
        assertArrayEquals(new int[] {4}, b.grad().shape());
        close(new double[] {4, 4, 4}, a.grad(), 0);
        close(new double[] {3, 3, 3, 3}, b.grad(), 0);
    }

    @Test
    void scalarBroadcast() {
        Tensor s = Tensor.scalar(2).requiresGrad();
        Tensor v = Tensor.of(1, 2, 3).requiresGrad();
        s.mul(v).sum().backward();
        close(new double[] {6}, s.grad(), 0);
        close(new double[] {2, 2, 2}, v.grad(), 0);
        gradOk(x -> x[0].mul(x[1]), uniform(-1, 1), uniform(-1, 1, 2, 2));
    }
}
