package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class LayerNormTest {
    @Test
    void normalisesEachRowToZeroMeanUnitVariance() {
        // torch.nn.LayerNorm(3)(torch.tensor([[1., 2., 3.]])) = [-1.2247, 0, 1.2247]
        Tensor y = new LayerNorm(3).forward(Tensor.of(new double[][] {{1, 2, 3}}));
        assertArrayEquals(new double[] {-1.2247357, 0, 1.2247357}, y.toArray(), 1e-5);
    }

    @Test
    void gradientsMatchFiniteDifferencesOverTwoDims() {
        Tensor.manualSeed(3);
        Tensor x = Tensor.randn(2, 3, 4).to(DType.FLOAT64).detach().requiresGrad();
        Tensor w = Tensor.randn(3, 4).to(DType.FLOAT64).detach().requiresGrad();
        Tensor b = Tensor.randn(3, 4).to(DType.FLOAT64).detach().requiresGrad();
        Tensor probe = Tensor.randn(2, 3, 4).to(DType.FLOAT64).detach();
        assertTrue(GradCheck.check(in -> LayerNorm.layerNorm(in[0], 2, in[1], in[2]).mul(probe).sum(), x, w, b).passed());
    }

    @Test
    void rejectsWrongTrailingShape() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LayerNorm(4).forward(Tensor.randn(2, 3)));
        assertTrue(e.getMessage().contains("LayerNorm") && e.getMessage().contains("[2, 3]"), e.getMessage());
    }
}
