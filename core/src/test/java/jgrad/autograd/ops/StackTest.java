package jgrad.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class StackTest {
    @Test
    void stacksAlongANewLeadingDim() {
        Tensor y = Stack.apply(Tensor.of(1, 2), Tensor.of(3, 4), Tensor.of(5, 6));
        assertArrayEquals(new int[] {3, 2}, y.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, y.toArray());
    }

    @Test
    void gradientsMatchFiniteDifferencesForStridedParts() {
        Tensor.manualSeed(4);
        Tensor a = Tensor.randn(2, 3).to(DType.FLOAT64).detach();
        Tensor b = Tensor.randn(3, 2).to(DType.FLOAT64).detach();
        GradCheck.Result r = GradCheck.check(in -> Stack.apply(in[0].tanh(), in[1].t(), in[0].mul(in[1].t())), a, b);
        assertTrue(r.passed(), r.toString());
    }

    @Test
    void mismatchedShapesAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stack.apply(Tensor.zeros(2), Tensor.zeros(3)));
        assertTrue(e.getMessage().contains("[3]") && e.getMessage().contains("[2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, Stack::apply);
    }
}
