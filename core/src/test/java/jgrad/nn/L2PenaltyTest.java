package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import jgrad.optim.SGD;
import org.junit.jupiter.api.Test;

class L2PenaltyTest {
    @Test
    void valueIsHalfTheDecayTimesTheSquaredNormAndGradientIsDecayTimesWeights() {
        Tensor a = Tensor.of(1, -2).to(DType.FLOAT64).detach().requiresGrad();
        Tensor b = Tensor.of(new double[][] {{3}}).to(DType.FLOAT64).detach().requiresGrad();
        Tensor penalty = Loss.l2(List.of(a, b), 0.1);
        assertEquals(0.05 * (1 + 4 + 9), penalty.item(), 1e-12);
        penalty.backward();
        assertArrayEquals(new double[] {0.1, -0.2}, a.grad().toArray(), 1e-12);
        assertArrayEquals(new double[] {0.3}, b.grad().toArray(), 1e-12);
    }

    @Test
    void addingItToTheLossEqualsTheOptimizersWeightDecay() {
        Tensor.manualSeed(6);
        var withPenalty = new Linear(3, 2);
        var withDecay = new Linear(3, 2);
        withDecay.loadStateDict(withPenalty.stateDict());
        Tensor x = Tensor.randn(4, 3), y = Tensor.randn(4, 2);
        var plain = new SGD(withPenalty.parameters(), 0.1);
        var decayed = new SGD(withDecay.parameters(), 0.1, 0, false, 0.01);
        for (int step = 0; step < 3; step++) {
            plain.zeroGrad();
            Loss.mse(withPenalty.forward(x), y).add(Loss.l2(withPenalty.parameters(), 0.01)).backward();
            plain.step();
            decayed.zeroGrad();
            Loss.mse(withDecay.forward(x), y).backward();
            decayed.step();
        }
        assertArrayEquals(withDecay.weight.toArray(), withPenalty.weight.toArray(), 1e-6);
        assertArrayEquals(withDecay.bias.toArray(), withPenalty.bias.toArray(), 1e-6);
    }

    @Test
    void negativeDecayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Loss.l2(List.of(Tensor.ones(1)), -1));
    }
}
