package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static jgrad.autograd.Checks.gradOk;
import static jgrad.autograd.Checks.uniform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnaryOpsTest {
    @BeforeEach
    void seed() { Tensor.manualSeed(7); }

    @Test
    void forwardValues() {
        Tensor x = Tensor.of(-1, 0.5, 2);
        close(new double[] {1, -0.5, -2}, x.neg(), 0);
        close(new double[] {Math.exp(-1), Math.exp(0.5), Math.exp(2)}, x.exp(), 1e-6);
        close(new double[] {1, 0.25, 4}, x.pow(2), 0);
        close(new double[] {1, 0.5, 2}, x.abs(), 0);
        close(new double[] {0, 0.5, 2}, x.relu(), 0);
        close(new double[] {Math.tanh(-1), Math.tanh(0.5), Math.tanh(2)}, x.tanh(), 1e-6);
        close(new double[] {1 / (1 + Math.E), 1 / (1 + Math.exp(-0.5)), 1 / (1 + Math.exp(-2))}, x.sigmoid(), 1e-6);
        close(new double[] {Math.sin(-1), Math.sin(0.5), Math.sin(2)}, x.sin(), 1e-6);
        close(new double[] {Math.cos(-1), Math.cos(0.5), Math.cos(2)}, x.cos(), 1e-6);
        Tensor p = Tensor.of(0.25, 4, 9);
        close(new double[] {0.5, 2, 3}, p.sqrt(), 1e-6);
        close(new double[] {Math.log(0.25), Math.log(4), Math.log(9)}, p.log(), 1e-6);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Tensor x = uniform(-2, 2, 3, 4);
        gradOk(a -> a[0].neg(), x);
        gradOk(a -> a[0].exp(), x);
        gradOk(a -> a[0].sin(), x);
        gradOk(a -> a[0].cos(), x);
        gradOk(a -> a[0].tanh(), x);
        gradOk(a -> a[0].sigmoid(), x);
        gradOk(a -> a[0].pow(2), x);
        gradOk(a -> a[0].pow(3), x);
    }

    @Test
    void gradientsAwayFromKinks() {
        Tensor pos = uniform(0.5, 3, 2, 5);
        gradOk(a -> a[0].log(), pos);
        gradOk(a -> a[0].sqrt(), pos);
        gradOk(a -> a[0].pow(-1.5), pos);
        Tensor mixed = Tensor.of(-2, -1, -0.3, 0.4, 1.5, 3).to(DType.FLOAT64);
        gradOk(a -> a[0].relu(), mixed);
        gradOk(a -> a[0].abs(), mixed);
    }

    @Test
    void gradFnNames() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        org.junit.jupiter.api.Assertions.assertEquals("ExpBackward", x.exp().gradFn().name());
        org.junit.jupiter.api.Assertions.assertEquals("TanhBackward", x.tanh().gradFn().name());
        org.junit.jupiter.api.Assertions.assertEquals("SigmoidBackward", x.sigmoid().gradFn().name());
    }
}
