package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlicingTest {
    private static Tensor grid() { return Tensor.arange(12).reshape(3, 4).to(DType.FLOAT64); }

    @Test
    void sliceIsAViewLikePythonSlicing() {
        Tensor x = grid();
        Tensor s = x.slice(1, 1, 3); // x[:, 1:3]
        assertArrayEquals(new int[] {3, 2}, s.shape());
        assertArrayEquals(new double[] {1, 2, 5, 6, 9, 10}, s.toArray());
        s.get(0).assign(new double[] {-1, -2});
        assertEquals(-1, x.get(0, 1).item(), "slice shares storage with its base");
    }

    @Test
    void negativeIndicesStepsAndClampedBounds() {
        Tensor x = grid();
        assertArrayEquals(new double[] {8, 9, 10, 11}, x.slice(0, -1, 3).toArray()); // x[-1:]
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, x.slice(1, 0, 100, 2).toArray()); // x[:, ::2]
        assertArrayEquals(new double[] {1, 2}, x.get(0).slice(0, -3, -1).toArray()); // x[0, -3:-1]
        assertArrayEquals(new int[] {0, 4}, x.slice(0, 5, 9).shape());
    }

    @Test
    void narrowAndIndexMatchGet() {
        Tensor x = grid();
        assertArrayEquals(x.slice(0, 1, 3).toArray(), x.narrow(0, 1, 2).toArray());
        assertArrayEquals(x.get(-1).toArray(), x.index(2).toArray());
        assertEquals(x.get(1, -1).item(), x.index(1, 3).item());
        assertArrayEquals(x.get(2).toArray(), x.slice(0, 2, 3).squeeze(0).toArray());
    }

    @Test
    void errorsNameOpDimAndShape() {
        Tensor x = grid();
        Exception e = assertThrows(IllegalArgumentException.class, () -> x.slice(2, 0, 1));
        assertTrue(e.getMessage().contains("slice") && e.getMessage().contains("[3, 4]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> x.slice(1, 0, 2, 0));
        assertTrue(e.getMessage().contains("step") && e.getMessage().contains("[3, 4]"), e.getMessage());
        e = assertThrows(IndexOutOfBoundsException.class, () -> x.narrow(1, 3, 2));
        assertTrue(e.getMessage().contains("narrow") && e.getMessage().contains("dim 1")
                && e.getMessage().contains("[3, 4]"), e.getMessage());
    }

    @Test
    void sliceGradientsScatterIntoZeros() {
        Tensor x = grid().requiresGrad();
        x.slice(1, 0, 4, 3).mul(2.0).sum().backward();
        assertArrayEquals(new double[] {2, 0, 0, 2, 2, 0, 0, 2, 2, 0, 0, 2}, x.grad().toArray());
        assertTrue(GradCheck.check(a -> a[0].slice(0, -2, 3).slice(1, 1, 4, 2).pow(2), grid()).passed());
        assertTrue(GradCheck.check(a -> a[0].transpose(0, 1).narrow(0, 1, 2).exp(), grid().div(10)).passed());
    }

    @Test
    void sliceSecondOrderGradient() {
        Tensor x = Tensor.of(1, 2, 3).to(DType.FLOAT64).requiresGrad();
        Tensor y = x.slice(0, 1, 3).pow(3).sum();
        Tensor g = Autograd.grad(y, new Tensor[] {x}, true)[0];
        assertArrayEquals(new double[] {0, 12, 27}, g.toArray(), 1e-12);
        Tensor gg = Autograd.grad(g.sum(), new Tensor[] {x}, false)[0];
        assertArrayEquals(new double[] {0, 12, 18}, gg.toArray(), 1e-12);
    }
}
