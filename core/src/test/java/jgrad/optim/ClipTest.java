package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class ClipTest {
    /** A parameter whose gradient is g (loss = sum(g · p)). */
    private static Tensor withGrad(double... g) {
        Tensor p = Tensor.zeros(g.length).to(DType.FLOAT64).detach().requiresGrad();
        p.mul(Tensor.fromData(g.clone(), new int[] {g.length}, DType.FLOAT64)).sum().backward();
        return p;
    }

    @Test
    void gradNormScalesWhenAboveMax() {
        Tensor a = withGrad(3, 0);
        Tensor b = withGrad(0, 4);
        assertEquals(5.0, Clip.gradNorm(List.of(a, b), 1.0), 1e-12);
        double scale = 1.0 / (5.0 + 1e-6);
        assertArrayEquals(new double[] {3 * scale, 0}, a.grad().toArray(), 1e-12);
        assertArrayEquals(new double[] {0, 4 * scale}, b.grad().toArray(), 1e-12);
    }

    @Test
    void gradNormLeavesSmallGradientsAlone() {
        Tensor a = withGrad(0.3, 0.4);
        Tensor noGrad = Tensor.zeros(2).requiresGrad();
        assertEquals(0.5, Clip.gradNorm(List.of(a, noGrad), 1.0), 1e-12);
        assertArrayEquals(new double[] {0.3, 0.4}, a.grad().toArray(), 1e-12);
    }

    @Test
    void gradValueClamps() {
        Tensor a = withGrad(-2, 0.5, 3);
        Clip.gradValue(List.of(a), 1.0);
        assertArrayEquals(new double[] {-1, 0.5, 1}, a.grad().toArray(), 1e-12);
    }

    @Test
    void badArgumentsAreRefused() {
        Tensor a = withGrad(1);
        assertThrows(IllegalArgumentException.class, () -> Clip.gradNorm(List.of(a), 0));
        assertThrows(IllegalArgumentException.class, () -> Clip.gradValue(List.of(a), -1));
    }
}
