package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static jgrad.autograd.Checks.gradOk;
import static jgrad.autograd.Checks.uniform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompositeOpsTest {
    @BeforeEach
    void seed() { Tensor.manualSeed(13); }

    @Test
    void softmaxRowsSumToOne() {
        Tensor s = uniform(-3, 3, 4, 5).softmax(-1);
        close(new double[] {1, 1, 1, 1}, s.sum(1), 1e-12);
        Tensor big = Tensor.of(1000, 1001, 1002).softmax(0);
        close(new double[] {0.09003057, 0.24472847, 0.66524096}, big, 1e-7);
    }

    @Test
    void logSoftmaxIsLogOfSoftmax() {
        Tensor x = uniform(-3, 3, 3, 4);
        close(x.softmax(0).log().toArray(), x.logSoftmax(0), 1e-12);
    }

    @Test
    void gradients() {
        Tensor x = uniform(-2, 2, 3, 4);
        for (int d = -2; d < 2; d++) {
            final int dim = d;
            gradOk(a -> a[0].softmax(dim), x);
            gradOk(a -> a[0].logSoftmax(dim), x);
        }
        gradOk(a -> a[0].t().softmax(1), x);
    }

    @Test
    void smallMlpGradient() {
        Tensor in = uniform(-1, 1, 5, 3);
        Tensor w1 = uniform(-1, 1, 3, 4), b1 = uniform(-1, 1, 4), w2 = uniform(-1, 1, 4, 2);
        gradOk(a -> a[0].matmul(a[1]).add(a[2]).tanh().matmul(a[3]).logSoftmax(1).mean(), in, w1, b1, w2);
    }
}
