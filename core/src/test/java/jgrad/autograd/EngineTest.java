package jgrad.autograd;

import static jgrad.autograd.Checks.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EngineTest {
    @Test
    void deepGraphOf100kAddsDoesNotOverflow() {
        Tensor x = Tensor.scalar(1).requiresGrad();
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) y = y.add(x);
        y.backward();
        assertEquals(100_001, x.grad().item(), 0);
    }

    @Test
    void gradientsAccumulateAcrossBackwardCalls() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        x.mul(3).sum().backward();
        x.mul(3).sum().backward();
        close(new double[] {6, 6}, x.grad(), 0);
        x.zeroGrad();
        assertNull(x.grad());
    }

    @Test
    void accumulationIsInPlaceLikePyTorchAndRoundsToTheLeafDtype() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        x.mul(0.1).sum().backward();
        Tensor held = x.grad();
        int version = held.version();
        x.mul(0.2).sum().backward();
        assertTrue(held == x.grad(), "the second backward adds into the same grad tensor (torch: x.grad += g)");
        assertTrue(held.version() > version, "an in-place add bumps the version");
        float expected = (float) ((float) 0.1 + (float) 0.2);
        close(new double[] {expected, expected}, held, 0);
    }

    @Test
    void leavesThatReceiveOneSharedGradientKeepSeparateGrads() {
        Tensor a = Tensor.randn(50_000).requiresGrad(), b = Tensor.randn(50_000).requiresGrad();
        a.add(b).mul(3).sum().backward(); // add's backward hands the same gradient to both leaves
        assertTrue(a.grad() != b.grad() && a.grad().storage() != b.grad().storage(), "each leaf owns its grad");
        a.mul(2).sum().backward(); // accumulates into a.grad in place
        assertEquals(5.0, a.grad().toArray()[7], 0.0);
        assertEquals(3.0, b.grad().toArray()[7], 0.0, "b's grad is untouched by a's accumulation");
    }

    @Test
    void aGradientNobodyElseHoldsBecomesTheGradWithoutACopy() {
        Tensor x = Tensor.randn(40_000).requiresGrad();
        Tensor w = Tensor.randn(40_000);
        x.mul(w).sum().backward();
        double[] want = w.toArray(), got = x.grad().toArray();
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 0.0);
        Tensor upstream = Tensor.randn(40_000);
        Tensor y = Tensor.randn(40_000).requiresGrad();
        y.backward(upstream); // the caller's own tensor is never taken over as the grad
        assertTrue(y.grad() != upstream && y.grad().storage() != upstream.storage());
    }

    @Test
    void aGradientAHookKeptIsNotTakenOverAsTheGrad() {
        Tensor x = Tensor.randn(40_000).requiresGrad();
        java.util.List<Tensor> seen = new java.util.ArrayList<>();
        x.registerHook(g -> { seen.add(g); return null; });
        x.mul(2).sum().backward();
        x.mul(2).sum().backward(); // accumulates into x.grad in place
        assertEquals(4.0, x.grad().toArray()[3], 0.0);
        assertEquals(2.0, seen.get(0).toArray()[3], 0.0, "the tensor the hook kept still holds the first gradient");
    }

    @Test
    void aLinearLayersWeightGetsAContiguousGradOfItsOwn() {
        Tensor w = Tensor.randn(30, 200).requiresGrad(), x = Tensor.randn(64, 200);
        x.matmul(w.t()).tanh().sum().backward();
        assertTrue(w.grad().isContiguous());
        Tensor w64 = w.detach().to(DType.FLOAT64).requiresGrad();
        x.to(DType.FLOAT64).matmul(w64.t()).tanh().sum().backward();
        double[] want = w64.grad().toArray(), got = w.grad().toArray();
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-4 * Math.max(1, Math.abs(want[i])));
    }

    @Test
    void diamondGraphSumsBothPaths() {
        Tensor x = Tensor.scalar(3).requiresGrad();
        Tensor y = x.mul(x).add(x.exp());
        y.backward();
        assertEquals(6 + Math.exp(3), x.grad().item(), 1e-4);
    }

    @Test
    void secondBackwardThroughFreedGraphThrows() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        Tensor y = x.mul(x).sum();
        y.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().contains("second time"), e.getMessage());
        assertTrue(e.getMessage().contains("retainGraph"), e.getMessage());
    }

    @Test
    void retainGraphAllowsSecondBackward() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        Tensor y = x.mul(x).sum();
        y.backward(Tensor.scalar(1), true);
        y.backward();
        close(new double[] {4, 8}, x.grad(), 0);
    }

    @Test
    void onlyLeavesGetGradUnlessRetained() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        Tensor h = x.mul(2);
        Tensor k = x.mul(3).retainGrad();
        h.add(k).mul(k).sum().backward();
        assertNull(h.grad());
        assertNotNull(k.grad());
        close(new double[] {2 + 6, 4 + 12}, k.grad(), 0); // d/dk (h+k)k = h + 2k
        assertTrue(x.isLeaf());
        assertFalse(h.isLeaf());
        assertNull(x.gradFn());
        assertEquals("MulBackward", h.gradFn().name());
    }

    @Test
    void noGradScopes() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        try (var g = Grad.disabled()) {
            Tensor y = x.mul(2);
            assertFalse(y.isRequiresGrad());
            assertNull(y.gradFn());
        }
        assertTrue(x.mul(2).isRequiresGrad());
        Tensor z = Grad.noGrad(() -> x.exp());
        assertFalse(z.isRequiresGrad());
        boolean[] ran = {false};
        Grad.noGrad(() -> {
            ran[0] = !x.add(1).isRequiresGrad();
        });
        assertTrue(ran[0]);
        assertTrue(Grad.isEnabled());
    }

    @Test
    void detachCutsTheGraph() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        Tensor d = x.mul(2).detach();
        assertFalse(d.isRequiresGrad());
        assertTrue(d.isLeaf());
        x.mul(d).sum().backward();
        close(new double[] {2, 4}, x.grad(), 0);
    }

    @Test
    void backwardWithExplicitGradient() {
        Tensor x = Tensor.of(1, 2, 3).requiresGrad();
        x.mul(x).backward(Tensor.of(1, 0, 2));
        close(new double[] {2, 0, 12}, x.grad(), 0);
    }

    @Test
    void backwardOnNonScalarWithoutGradientThrows() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.mul(2).backward());
        assertTrue(e.getMessage().contains("[2]"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Tensor.scalar(1).backward());
    }

    @Test
    void hooksSeeAndReplaceGradients() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        double[] seen = new double[2];
        x.registerHook(g -> {
            System.arraycopy(g.toArray(), 0, seen, 0, 2);
            return g.mul(10);
        });
        x.mul(x).sum().backward();
        assertEquals(2, seen[0], 0);
        assertEquals(4, seen[1], 0);
        close(new double[] {20, 40}, x.grad(), 0);
    }

    @Test
    void autogradGradReturnsWithoutTouchingLeaves() {
        Tensor x = Tensor.scalar(2).requiresGrad();
        Tensor[] g = Autograd.grad(x.pow(3), new Tensor[] {x}, false);
        assertEquals(12, g[0].item(), 0);
        assertNull(x.grad());
    }

    @Test
    void autogradGradCreateGraphGivesSecondDerivative() {
        Tensor x = Tensor.scalar(2).requiresGrad();
        Tensor dy = Autograd.grad(x.pow(3), new Tensor[] {x}, true)[0];
        assertTrue(dy.isRequiresGrad());
        Tensor d2 = Autograd.grad(dy, new Tensor[] {x}, false)[0];
        assertEquals(12, d2.item(), 0); // 6x
    }

    @Test
    void float64Precision() {
        Tensor x = Tensor.fromData(new double[] {1.0 / 3}, new int[] {1}, DType.FLOAT64).requiresGrad();
        assertEquals(DType.FLOAT64, x.dtype());
        assertEquals(1.0 / 3, x.item(), 0);
        assertEquals((float) (1.0 / 3), Tensor.of(1.0 / 3).item(), 0);
        x.mul(x).sum().backward();
        assertEquals(DType.FLOAT64, x.grad().dtype());
        assertEquals(2.0 / 3, x.grad().item(), 1e-15);
        Tensor y = Tensor.of(1, 2).requiresGrad();
        y.to(DType.FLOAT64).mul(2).sum().backward();
        assertEquals(DType.FLOAT32, y.grad().dtype());
        assertEquals(DType.FLOAT64, Tensor.of(1).add(Tensor.of(1).to(DType.FLOAT64)).dtype());
    }
}
