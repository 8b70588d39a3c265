package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class InitTest {
    private static double variance(Tensor t) {
        double[] v = t.toArray();
        double mean = 0, sq = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        for (double x : v) sq += (x - mean) * (x - mean);
        return sq / v.length;
    }

    @Test
    void kaimingAndXavierHaveTheirTargetVariance() {
        Tensor.manualSeed(1);
        assertEquals(2.0 / 400, variance(Init.kaimingUniform(300, 400)), 2.0 / 400 * 0.05);
        assertEquals(2.0 / 700, variance(Init.xavierNormal(300, 400)), 2.0 / 700 * 0.05);
    }

    /** Variance of the activations after ten tanh layers whose weights are xavierNormal scaled by {@code gain}. */
    private static double[] tanhStackVariance(double gain) {
        Tensor.manualSeed(2);
        Tensor x = Tensor.randn(256, 128);
        double first = 0;
        for (int layer = 0; layer < 10; layer++) {
            x = x.matmul(Init.xavierNormal(128, 128).mul(gain).t()).tanh();
            if (layer == 0) first = variance(x);
        }
        return new double[] {first, variance(x)};
    }

    @Test
    void xavierKeepsTanhActivationsAliveThroughTenLayers() {
        double[] xavier = tanhStackVariance(1.0);
        double[] halfScale = tanhStackVariance(0.5);
        // Xavier decays only slowly through tanh (about 8x over 10 layers here); half the scale
        // shrinks the variance ~4x per layer and collapses by orders of magnitude.
        assertTrue(xavier[1] > 0.05 * xavier[0], "xavier variance went from " + xavier[0] + " to " + xavier[1]);
        assertTrue(xavier[1] > 1000 * halfScale[1], "xavier " + xavier[1] + " vs half-scale " + halfScale[1]);
    }
}
