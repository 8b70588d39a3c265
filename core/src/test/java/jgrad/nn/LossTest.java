package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class LossTest {
    private static Tensor f64(double[][] v) {
        return Tensor.of(v).to(DType.FLOAT64).requiresGrad();
    }

    @Test
    void crossEntropyMatchesPyTorch() {
        // torch.nn.functional.cross_entropy(torch.tensor([[1.,2.,3.],[1.,0.,-1.]]), torch.tensor([2, 0])) = 0.4076059651
        Tensor logits = Tensor.of(new double[][] {{1, 2, 3}, {1, 0, -1}});
        assertEquals(0.4076059651, Loss.crossEntropy(logits, Tensor.of(2, 0)).item(), 1e-6);
    }

    @Test
    void crossEntropyIsStableForHugeLogits() {
        Tensor logits = Tensor.of(new double[][] {{1000, 0}, {0, 1000}});
        assertEquals(0.0, Loss.crossEntropy(logits, Tensor.of(0, 1)).item(), 1e-6);
        assertEquals(1000.0, Loss.crossEntropy(logits, Tensor.of(1, 0)).item(), 1e-3);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Tensor labels = Tensor.of(2, 0, 1);
        Tensor logits = f64(new double[][] {{0.3, -1.2, 2.0}, {0.5, 0.1, -0.7}, {1.5, 1.4, 0.2}});
        assertTrue(GradCheck.check(in -> Loss.crossEntropy(in[0], labels), logits).passed());
        Tensor p = f64(new double[][] {{0.2, 0.7}, {0.9, 0.4}});
        Tensor t = Tensor.of(new double[][] {{0, 1}, {1, 0}}).to(DType.FLOAT64);
        assertTrue(GradCheck.check(in -> Loss.mse(in[0], t), p).passed());
        assertTrue(GradCheck.check(in -> Loss.bce(in[0], t), p).passed());
        assertTrue(GradCheck.check(in -> Loss.bceWithLogits(in[0], t), f64(new double[][] {{-3, 0.5}, {2, -0.1}})).passed());
        assertTrue(GradCheck.check(in -> Loss.l1(in[0], t), p).passed());
    }

    @Test
    void bceWithLogitsMatchesPyTorch() {
        // torch.nn.functional.binary_cross_entropy_with_logits(torch.tensor([-3., 0.5, 20.]), torch.tensor([0., 1., 1.]))
        // = (0.0485873516 + 0.4740769842 + 2.06e-9) / 3 = 0.1742214453
        Tensor z = Tensor.of(-3, 0.5, 20).to(DType.FLOAT64);
        assertEquals(0.1742214453, Loss.bceWithLogits(z, Tensor.of(0, 1, 1).to(DType.FLOAT64)).item(), 1e-8);
    }

    @Test
    void badTargetsNameTheProblem() {
        Tensor logits = Tensor.zeros(2, 3);
        var range = assertThrows(IllegalArgumentException.class, () -> Loss.crossEntropy(logits, Tensor.of(0, 3)));
        assertTrue(range.getMessage().contains("target 3.0 at position 1 is not a class index in [0, 2]"), range.getMessage());
        var shape = assertThrows(IllegalArgumentException.class, () -> Loss.crossEntropy(logits, Tensor.of(0, 1, 2)));
        assertTrue(shape.getMessage().contains("[2]"), shape.getMessage());
        var mse = assertThrows(IllegalArgumentException.class, () -> Loss.mse(Tensor.zeros(2), Tensor.zeros(3)));
        assertTrue(mse.getMessage().contains("[2]") && mse.getMessage().contains("[3]"), mse.getMessage());
    }
}
