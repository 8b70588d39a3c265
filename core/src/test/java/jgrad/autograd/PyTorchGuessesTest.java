package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a PyTorch user types first, tensor side: each guess compiles and gives PyTorch's value (values quoted
 * from torch 1.13; the ops' values and gradients against fixtures are in TorchApiReferenceTest).
 */
class PyTorchGuessesTest {
    @Test
    void tensorOfADoubleArrayWithADtypeKeepsFloat64Values() {
        double[] v = {0.1, 0.2, 0.3};
        Tensor t = Tensor.of(v, DType.FLOAT64);
        assertEquals(DType.FLOAT64, t.dtype());
        assertArrayEquals(v, t.toArray(), 0.0, "no rounding through float");
        v[0] = 9;
        assertEquals(0.1, t.get(0).item(), 0.0, "the array is copied, as torch.tensor copies");
        Tensor m = Tensor.of(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, DType.FLOAT64);
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, m.toArray(), 0.0);
        assertEquals(DType.FLOAT32, Tensor.of(new double[] {1, 2}, DType.FLOAT32).dtype());
    }

    @Test
    void tensorOfIntLabelsHoldsTheIntegers() {
        int[] labels = {0, 2, 1, 16_777_216};
        Tensor t = Tensor.of(labels);
        assertArrayEquals(new int[] {4}, t.shape());
        assertEquals(DType.FLOAT32, t.dtype(), "no integer dtype: FLOAT32 holds integers up to 2^24 exactly");
        assertArrayEquals(new double[] {0, 2, 1, 16_777_216}, t.toArray(), 0.0);
        assertArrayEquals(new double[] {1, 2, 3}, Tensor.of(1, 2, 3).requiresGrad().toArray(), 0.0,
                "the README's first line still works");
        assertArrayEquals(new double[] {1.5f, 2}, Tensor.of(1.5f, 2f).toArray(), 0.0);
        assertEquals(0, Tensor.of().numel());
    }

    @Test
    void noGradAsATryBlockRecordsNothingAndRestoresTheMode() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        Tensor y;
        try (var ng = Grad.noGrad()) {
            y = x.mul(2);
            assertFalse(Grad.isEnabled());
            try (var eg = Grad.enableGrad()) {
                assertTrue(x.mul(3).isRequiresGrad(), "torch.enable_grad() inside no_grad records again");
            }
            assertFalse(Grad.isEnabled());
        }
        assertTrue(Grad.isEnabled());
        assertFalse(y.isRequiresGrad());
        assertNull(y.gradFn());
    }

    @Test
    void aHandWrittenSgdStepUpdatesTheLeafInPlace() {
        Tensor w = Tensor.of(1.0, -2.0).requiresGrad();
        Tensor before = w;
        w.mul(w).sum().backward(); // grad 2w = [2, -4]
        try (var ng = Grad.noGrad()) {
            Tensor r = w.sub_(w.grad().mul(0.1));
            assertSame(w, r, "in-place ops return the tensor itself");
        }
        assertSame(before, w);
        assertArrayEquals(new double[] {0.8, -1.6}, w.toArray(), 1e-6);
        assertTrue(w.isRequiresGrad() && w.isLeaf(), "still a trainable leaf");
        w.grad().zero_(); // torch: w.grad.zero_(), allowed with grad on: the grad does not require grad
        assertArrayEquals(new double[] {0, 0}, w.grad().toArray(), 0.0);
        w.data().add_(1); // torch: w.data += 1, no no_grad needed
        assertArrayEquals(new double[] {1.8, -0.6}, w.toArray(), 1e-6);
    }

    @Test
    void inPlaceOpsAreRefusedWhereTheGraphWouldBeWrong() {
        Tensor w = Tensor.of(1, 2).requiresGrad();
        var leaf = assertThrows(IllegalStateException.class, () -> w.sub_(Tensor.of(1, 1)));
        assertTrue(leaf.getMessage().contains("a leaf tensor that requires grad") && leaf.getMessage().contains("Grad.noGrad()"),
                leaf.getMessage());
        Tensor y = w.mul(2);
        var result = assertThrows(IllegalStateException.class, () -> y.add_(1));
        assertTrue(result.getMessage().contains("MulBackward") && result.getMessage().contains("add(...)"), result.getMessage());
        Tensor plain = Tensor.of(1, 2);
        var operand = assertThrows(IllegalStateException.class, () -> plain.mul_(w));
        assertTrue(operand.getMessage().contains("the operand requires grad"), operand.getMessage());
        assertArrayEquals(new double[] {1, 2}, plain.toArray(), 0.0, "left unchanged");
        var shape = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(3).add_(Tensor.zeros(2, 3)));
        assertTrue(shape.getMessage().contains("[2, 3]") && shape.getMessage().contains("[3]"), shape.getMessage());
        var expanded = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(3).expand(2, 3).add_(1));
        assertTrue(expanded.getMessage().contains("expanded view"), expanded.getMessage());
    }

    @Test
    void anInPlaceWriteToASavedTensorFailsTheLaterBackward() {
        Tensor x = Tensor.of(1, 2, 3).requiresGrad();
        Tensor y = x.mul(x).sum();
        try (var ng = Grad.noGrad()) {
            x.add_(1);
        }
        var e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().contains("modified by an inplace operation"), e.getMessage());
    }

    @Test
    void inPlaceOpsOnAViewWriteThroughToItsBase() {
        Tensor base = Tensor.zeros(2, 3);
        base.t().get(1).fill_(7); // column 1
        assertArrayEquals(new double[] {0, 7, 0, 0, 7, 0}, base.toArray(), 0.0);
        Tensor x = Tensor.of(1, 2, 3);
        x.slice(0, 1, 3).copy_(x.slice(0, 0, 2)); // overlapping source: read before written
        assertArrayEquals(new double[] {1, 1, 2}, x.toArray(), 0.0);
        Tensor big = Tensor.arange(1 << 16); // a deferred elementwise result written in place
        Tensor e = big.mul(2);
        e.add_(1);
        assertEquals(2 * 65535 + 1, e.get(65535).item(), 0.0);
        Tensor d = Tensor.of(new double[] {1, 2}, DType.FLOAT64);
        d.copy_(Tensor.of(0.1f, 0.2f));
        assertEquals(DType.FLOAT64, d.dtype(), "copy_ keeps this tensor's dtype");
        assertEquals((double) 0.1f, d.get(0).item(), 0.0);
    }

    @Test
    void assignTakesATensorExpression() {
        Tensor w = Tensor.of(1, 2, 3).requiresGrad();
        w.assign(w.detach().mul(2).add(1));
        assertArrayEquals(new double[] {3, 5, 7}, w.toArray(), 0.0);
        w.assign(Tensor.scalar(4));
        assertArrayEquals(new double[] {4, 4, 4}, w.toArray(), 0.0, "a source broadcasts");
        assertThrows(IllegalStateException.class, () -> w.mul(2).assign(Tensor.zeros(3)), "graph results are refused");
        var shape = assertThrows(IllegalArgumentException.class, () -> w.assign(Tensor.zeros(2)));
        assertTrue(shape.getMessage().contains("[2]") && shape.getMessage().contains("[3]"), shape.getMessage());
    }

    @Test
    void backwardTrueKeepsTheGraphForASecondPass() {
        // torch: y.backward(retain_graph=True); y.backward() -> grad [4, 8, 12]
        Tensor x = Tensor.of(1, 2, 3).requiresGrad();
        Tensor y = x.mul(x).sum();
        y.backward(true);
        y.backward();
        assertArrayEquals(new double[] {4, 8, 12}, x.grad().toArray(), 0.0);
        assertThrows(IllegalStateException.class, y::backward, "the graph is freed after a plain backward");
    }

    @Test
    void maxOverAWholeTensorSplitsTheGradientAmongTies() {
        // torch.tensor([1., 3, 3, 2], requires_grad=True).max().backward() -> [0, 0.5, 0.5, 0]; with gradient 2: [0, 1, 1, 0]
        Tensor x = Tensor.of(1, 3, 3, 2).requiresGrad();
        x.max().backward();
        assertArrayEquals(new double[] {0, 0.5, 0.5, 0}, x.grad().toArray(), 0.0);
        x.zeroGrad();
        x.max().backward(Tensor.scalar(2));
        assertArrayEquals(new double[] {0, 1, 1, 0}, x.grad().toArray(), 0.0);
        assertEquals("MaxBackward", x.max().gradFn().name());
        assertEquals(3.0, x.max().item(), 0.0);
        assertArrayEquals(new int[0], x.max().shape());
        assertTrue(Double.isNaN(Tensor.of(1, Double.NaN, 3).max().item()), "NaN propagates, as in torch");
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(0).max());
    }

    @Test
    void comparisonsCountMatches() {
        Tensor pred = Tensor.of(0, 2, 1, 1, 2), y = Tensor.of(0, 1, 1, 1, 0);
        assertEquals(3.0, pred.eq(y).sum().item(), 0.0, "(pred == y).sum().item()");
        assertEquals(0.6, pred.eq(y).mean().item(), 1e-7, "(pred == y).float().mean()");
        Tensor logits = Tensor.of(new double[][] {{0.1, 2.0, -1}, {3, 0, 0}}).requiresGrad();
        Tensor correct = logits.argmax(1).eq(Tensor.of(1, 0));
        assertFalse(correct.isRequiresGrad(), "comparisons are outside the graph");
        assertArrayEquals(new double[] {1, 1}, correct.toArray(), 0.0);
        assertArrayEquals(new double[] {0, 1, 0, 1, 0, 0}, logits.gt(0.5).toArray(), 0.0);
        assertArrayEquals(new double[] {1, 0, 1, 0, 1, 1}, logits.le(0.5).toArray(), 0.0);
        assertArrayEquals(new double[] {1, 1, 1, 0, 1, 0}, logits.lt(Tensor.of(3, 3, 0)).toArray(), 0.0, "broadcast");
        assertArrayEquals(new double[] {0, 1}, Tensor.of(1, 2).ge(1.5).toArray(), 0.0);
        assertArrayEquals(new double[] {1, 0}, Tensor.of(1, 2).ne(2).toArray(), 0.0);
        assertEquals(DType.FLOAT64, Tensor.of(1, 2).eq(Tensor.of(new double[] {1, 2}, DType.FLOAT64)).dtype(), "promoted");
        var bad = assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2).eq(Tensor.zeros(3)));
        assertTrue(bad.getMessage().startsWith("eq:"), bad.getMessage());
    }

    @Test
    void argmaxWithoutADimIndexesTheFlattenedTensor() {
        // torch.tensor([[1., 5], [7, 2]]).argmax() -> tensor(2)
        Tensor x = Tensor.of(new double[][] {{1, 5}, {7, 2}});
        assertEquals(2.0, x.argmax().item(), 0.0);
        assertArrayEquals(new int[0], x.argmax().shape());
        assertEquals(0.0, x.argmin().item(), 0.0);
        assertArrayEquals(new int[] {2, 1}, x.argmax(1, true).shape());
    }

    @Test
    void sizeWithoutADimIsTheShapeAndTheStatisticsExist() {
        Tensor x = Tensor.zeros(2, 3);
        assertArrayEquals(new int[] {2, 3}, x.size());
        Tensor v = Tensor.of(1, 2, 3, 4);
        // torch: var() 1.6667 (unbiased), std() 1.2910, norm() 5.4772
        assertEquals(5.0 / 3, v.var().item(), 1e-6);
        assertEquals(Math.sqrt(5.0 / 3), v.std().item(), 1e-6);
        assertEquals(Math.sqrt(30), v.norm().item(), 1e-6);
        assertEquals(1.25, v.var(false).item(), 1e-6);
        assertEquals(10, v.norm(1).item(), 1e-6);
        assertTrue(Double.isNaN(Tensor.of(5).std().item()), "one element: NaN, as torch");
        var p = assertThrows(IllegalArgumentException.class, () -> v.norm(3));
        assertTrue(p.getMessage().contains("1, 2 or"), p.getMessage());
        assertEquals("StdBackward", v.requiresGrad().std().gradFn().name());
        assertEquals("NormBackward", v.norm().gradFn().name());
    }

    @Test
    void requiresGradUnderscoreIsTorchsRequiresGrad() {
        Tensor x = Tensor.zeros(2).requiresGrad_();
        assertTrue(x.isRequiresGrad());
        assertFalse(x.requiresGrad_(false).isRequiresGrad());
    }

    @Test
    void normalAndUniformFillFromTheSeededGenerator() {
        Tensor.manualSeed(3);
        Tensor a = Tensor.zeros(1000).normal_(2, 0.5);
        Tensor.manualSeed(3);
        Tensor b = Tensor.zeros(1000).normal_(2, 0.5);
        assertArrayEquals(a.toArray(), b.toArray(), 0.0);
        assertEquals(2, a.mean().item(), 0.1);
        assertEquals(0.5, a.std().item(), 0.05);
        Tensor u = Tensor.zeros(1000).uniform_(-1, 3);
        assertTrue(u.min().item() >= -1 && u.max().item() < 3);
    }

    @Test
    void selectIsAColumnViewAndRandintDrawsLabels() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(new double[] {2, 5}, x.select(1, 1).toArray(), 0.0, "x[:, 1]");
        assertArrayEquals(new double[] {4, 5, 6}, x.select(0, -1).toArray(), 0.0, "x[-1]");
        x.select(1, 0).fill_(0);
        assertArrayEquals(new double[] {0, 2, 3, 0, 5, 6}, x.toArray(), 0.0, "a view: writes reach x");
        Tensor w = Tensor.zeros(2, 3).requiresGrad();
        w.select(1, 2).sum().backward();
        assertArrayEquals(new double[] {0, 0, 1, 0, 0, 1}, w.grad().toArray(), 0.0);
        Tensor.manualSeed(5);
        Tensor labels = Tensor.randint(0, 3, 1000);
        assertEquals(0, labels.min().item(), 0.0);
        assertEquals(2, labels.max().item(), 0.0);
        assertEquals(0.0, labels.sub(labels.add(0.5).sub(0.5)).abs().sum().item(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Tensor.randint(2, 2, 3));
    }
}
