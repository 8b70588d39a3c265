package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tensor-scalar ops and the ReLU gradient fast path agree with the general broadcast/graph paths. */
class ScalarFastPathTest {
    @BeforeEach
    void seed() { Tensor.manualSeed(3); }

    private static Tensor constant(double v, Tensor like) {
        return Tensor.fromData(new double[] {v}, new int[0], like.dtype());
    }

    @Test
    void scalarOpsMatchBroadcastConstantInBothDtypes() {
        for (DType dt : DType.values()) {
            Tensor x = Tensor.randn(4, 3).to(dt).transpose(0, 1); // non-contiguous input
            double c = 0.1; // not representable: rounding to the dtype must match
            assertArrayEquals(x.mul(constant(c, x)).toArray(), x.mul(c).toArray(), 0.0, dt + " mul");
            assertArrayEquals(x.add(constant(c, x)).toArray(), x.add(c).toArray(), 0.0, dt + " add");
            assertArrayEquals(x.add(constant(-c, x)).toArray(), x.sub(c).toArray(), 0.0, dt + " sub");
            assertArrayEquals(x.mul(constant(1 / 3.0, x)).toArray(), x.div(3).toArray(), 0.0, dt + " div");
            assertEquals(dt, x.mul(c).dtype());
        }
    }

    @Test
    void scalarOpGradientsAndNames() {
        Checks.gradOk(x -> x[0].mul(2.5).add(-1.0).div(4).sub(3).pow(2.0).sum(), Checks.uniform(-1, 1, 3, 2));
        Tensor x = Tensor.randn(3).requiresGrad();
        assertEquals("MulBackward", x.mul(2).gradFn().name());
        assertEquals("AddBackward", x.add(2).gradFn().name());
        x.mul(3.0).add(1.0).sum().backward();
        assertArrayEquals(new double[] {3, 3, 3}, x.grad().toArray(), 0.0);
    }

    @Test
    void reluGradientMasksBroadcastAndStridedUpstream() {
        Tensor x = Tensor.of(new double[][] {{-1, 0, 2}, {3, -4, 5}}).requiresGrad();
        Tensor w = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}).transpose(0, 1); // strided upstream
        x.relu().mul(w).sum().backward();
        assertArrayEquals(new double[] {0, 0, 5, 2, 0, 6}, x.grad().toArray(), 0.0);
        x.setGrad(null);
        x.relu().sum().backward(); // upstream is an expanded (stride-0) view
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 1}, x.grad().toArray(), 0.0);
    }

    @Test
    void reluSecondDerivativeStillBuildsAGraph() {
        Tensor x = Tensor.of(1.0, -2.0, 3.0).to(DType.FLOAT64).requiresGrad();
        Tensor g = Autograd.grad(x.relu().pow(2.0).sum(), new Tensor[] {x}, true)[0];
        assertArrayEquals(new double[] {2, 0, 6}, g.toArray(), 0.0);
        Tensor gg = Autograd.grad(g.sum(), new Tensor[] {x}, false)[0];
        assertArrayEquals(new double[] {2, 0, 2}, gg.toArray(), 0.0);
    }
}
