package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static jgrad.autograd.Checks.gradOk;
import static jgrad.autograd.Checks.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Elementwise ops, broadcasting and casts applied to strided (transposed / permuted / indexed) views. */
class NonContiguousTest {
    @BeforeEach
    void seed() { Tensor.manualSeed(21); }

    @Test
    void transposedPlusRowBroadcast() {
        Tensor m = Tensor.arange(6).reshape(2, 3);
        Tensor r = m.t().add(Tensor.of(10, 20));
        close(new double[] {10, 23, 11, 24, 12, 25}, r, 0);
        gradOk(a -> a[0].t().add(a[1]), uniform(-1, 1, 2, 3), uniform(-1, 1, 2));
        gradOk(a -> a[0].t().mul(a[1]), uniform(-1, 1, 2, 3), uniform(-1, 1, 3, 1));
    }

    @Test
    void unaryOnPermutedView() {
        Tensor x = uniform(-1, 1, 2, 3, 4);
        Tensor p = x.permute(1, 2, 0);
        assertFalse(p.isContiguous());
        assertEquals(Math.exp(x.get(1, 2, 3).item()), p.exp().get(2, 3, 1).item(), 1e-12);
        gradOk(a -> a[0].permute(1, 2, 0).sigmoid().sum(-1), x);
        gradOk(a -> a[0].get(1).t().relu(), uniform(0.1, 1, 2, 3, 4));
    }

    @Test
    void castIsDifferentiable() {
        Tensor x = Tensor.of(1.5, -2).requiresGrad();
        Tensor y = x.to(DType.FLOAT64);
        assertEquals(DType.FLOAT64, y.dtype());
        assertEquals("CastBackward", y.gradFn().name());
        y.mul(y).sum().backward();
        close(new double[] {3, -4}, x.grad(), 0);
    }
}
