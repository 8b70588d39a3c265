package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class ActivationModulesTest {
    private static Tensor f64(double... v) {
        return Tensor.of(v).to(DType.FLOAT64).detach().requiresGrad();
    }

    @Test
    void leakyReluScalesNegativesOnly() {
        assertArrayEquals(new double[] {-0.2, 0, 3}, new LeakyReLU(0.1).forward(Tensor.of(-2, 0, 3)).toArray(), 1e-6);
        assertTrue(GradCheck.check(in -> new LeakyReLU(0.2).forward(in[0]).pow(2).sum(), f64(-1.5, -0.3, 0.4, 2)).passed());
    }

    @Test
    void geluTanhApproximationMatchesPyTorch() {
        // torch.nn.GELU(approximate='tanh')(torch.tensor([1., 0., -1.])) = [0.841192, 0, -0.158808]
        assertArrayEquals(new double[] {0.8411920, 0, -0.1588080}, new GELU().forward(Tensor.of(1, 0, -1)).toArray(), 1e-6);
        assertTrue(GradCheck.check(in -> new GELU().forward(in[0]).sum(), f64(-2, -0.5, 0.3, 1.7)).passed());
    }

    @Test
    void softmaxModuleNormalisesAlongItsDim() {
        Tensor y = new Softmax(0).forward(Tensor.of(0, Math.log(2)));
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, y.toArray(), 1e-6);
    }

    @Test
    void huberIsQuadraticInsideDeltaAndLinearOutside() {
        // torch.nn.functional.huber_loss(torch.tensor([0., 3.]), torch.tensor([0.5, 0.]), delta=1.0) = 1.3125
        Tensor loss = Loss.huber(Tensor.of(0, 3), Tensor.of(0.5, 0), 1.0);
        assertEquals(1.3125, loss.item(), 1e-6);
        Tensor t = Tensor.of(0, 0, 0, 0).to(DType.FLOAT64);
        assertTrue(GradCheck.check(in -> Loss.huber(in[0], t, 1.0), f64(-2.5, -0.4, 0.7, 1.6)).passed());
        var e = assertThrows(IllegalArgumentException.class, () -> Loss.huber(Tensor.of(1, 2), Tensor.of(1), 1.0));
        assertTrue(e.getMessage().contains("huber"), e.getMessage());
    }
}
