package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** torch.nn.init's in-place functions: {@code nn.init.kaiming_normal_(layer.weight)}. */
class InitInPlaceTest {
    @Test
    void initialisersOverwriteAParameterWhileTheGraphIsRecorded() {
        Tensor.manualSeed(0);
        Linear layer = new Linear(400, 300);
        Tensor w = layer.weight;
        assertSame(w, Init.kaimingNormal_(w), "returns the same tensor, as torch does");
        assertTrue(w.isRequiresGrad() && w.isLeaf());
        assertEquals(Math.sqrt(2.0 / 400), w.std().item(), 0.002, "N(0, 2 / fan_in)");
        Init.xavierUniform_(w);
        double bound = Math.sqrt(6.0 / 700);
        assertTrue(w.max().item() <= bound && w.min().item() >= -bound);
        assertEquals(bound / Math.sqrt(3), w.std().item(), 0.002, "U(-a, a) has std a / sqrt(3)");
        Init.zeros_(layer.bias);
        assertArrayEquals(new double[300], layer.bias.toArray(), 0.0);
        Init.constant_(layer.bias, 0.1);
        assertEquals(0.1, layer.bias.mean().item(), 1e-6);
    }

    @Test
    void convolutionFansCountTheKernel() {
        Tensor.manualSeed(1);
        Tensor w = Tensor.zeros(64, 32, 3, 3); // fan_in = 32 * 9 = 288
        Init.kaimingUniform_(w);
        double bound = Math.sqrt(6.0 / 288);
        assertTrue(w.max().item() <= bound && w.max().item() > 0.9 * bound);
        Init.xavierNormal_(w); // fan_in + fan_out = (32 + 64) * 9
        assertEquals(Math.sqrt(2.0 / (96 * 9)), w.std().item(), 0.002);
        var bad = assertThrows(IllegalArgumentException.class, () -> Init.kaimingNormal_(Tensor.zeros(5)));
        assertTrue(bad.getMessage().contains("at least 2 dims"), bad.getMessage());
    }
}
