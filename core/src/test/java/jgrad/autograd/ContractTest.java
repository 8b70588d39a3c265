package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Touches every name of the library's public contract once, so a rename breaks here first. */
class ContractTest {
    @Test
    void factories() {
        Tensor.manualSeed(1);
        assertArrayEquals(new int[] {3}, Tensor.of(1, 2, 3).shape());
        assertArrayEquals(new int[] {1, 2}, Tensor.of(new double[][] {{1, 2}}).shape());
        assertArrayEquals(new int[] {1, 1, 2}, Tensor.of(new double[][][] {{{1, 2}}}).shape());
        assertEquals(2.5, Tensor.scalar(2.5).item());
        assertEquals(0, Tensor.zeros(2, 2).sum().item());
        assertEquals(4, Tensor.ones(2, 2).sum().item());
        assertArrayEquals(new int[] {2, 3}, Tensor.rand(2, 3).shape());
        assertArrayEquals(new int[] {4}, Tensor.randn(4).shape());
        assertEquals(14, Tensor.full(3.5, 2, 2).sum().item());
        assertArrayEquals(new double[] {0, 1, 2}, Tensor.arange(3).toArray());
        assertArrayEquals(new double[] {0, 0.5, 1}, Tensor.linspace(0, 1, 3).toArray());
        assertEquals(3, Tensor.eye(3).sum().item());
        assertEquals(DType.FLOAT32, Tensor.of(1).dtype());
        assertEquals(DType.FLOAT64, Tensor.of(1).to(DType.FLOAT64).dtype());
    }

    @Test
    void elementwiseAndReductionsWithGradFnNames() {
        Tensor x = Tensor.of(1, 2, 3).to(DType.FLOAT64).requiresGrad();
        assertTrue(x.isRequiresGrad() && x.isLeaf());
        assertFalse(Tensor.of(1).requiresGrad(false).isRequiresGrad());
        String[][] named = {
            {"AddBackward", name(x.add(x))}, {"AddBackward", name(x.add(1))},
            {"SubBackward", name(x.sub(x))}, {"SubBackward", name(x.sub(1))},
            {"MulBackward", name(x.mul(x))}, {"MulBackward", name(x.mul(2))},
            {"DivBackward", name(x.div(x))}, {"DivBackward", name(x.div(2))},
            {"NegBackward", name(x.neg())}, {"PowBackward", name(x.pow(2))}, {"ExpBackward", name(x.exp())},
            {"LogBackward", name(x.log())}, {"SqrtBackward", name(x.sqrt())}, {"AbsBackward", name(x.abs())},
            {"SinBackward", name(x.sin())}, {"CosBackward", name(x.cos())}, {"TanhBackward", name(x.tanh())},
            {"SigmoidBackward", name(x.sigmoid())}, {"ReluBackward", name(x.relu())},
            {"MatmulBackward", name(x.reshape(1, 3).matmul(x.reshape(3, 1)))},
            {"SumBackward", name(x.sum())}, {"SumBackward", name(x.reshape(3, 1).sum(0))},
            {"MeanBackward", name(x.mean())}, {"MeanBackward", name(x.reshape(3, 1).mean(1))},
            {"MaxBackward", name(x.max())}, {"MaxBackward", name(x.reshape(3, 1).max(0))},
            {"SoftmaxBackward", name(x.softmax(0))}, {"LogSoftmaxBackward", name(x.logSoftmax(0))},
            {"ClampBackward", name(x.clamp(1.5, 2.5))}, {"SliceBackward", name(x.slice(0, 1, 3))},
            {"CatBackward", name(Tensor.cat(0, x, x))}, {"StackBackward", name(Tensor.stack(0, x, x))},
            {"WhereBackward", name(Tensor.where(Tensor.of(1, 0, 1), x, x.neg()))},
            {"MaskedFillBackward", name(x.maskedFill(Tensor.of(1, 0, 0), 0))},
        };
        for (String[] n : named) assertEquals(n[0], n[1]);
        assertTrue(x.mean().toString().contains("grad_fn=<MeanBackward>"), x.mean().toString());
        assertArrayEquals(new double[] {2}, x.reshape(3, 1).argmax(0).toArray());
    }

    @Test
    void shapeOps() {
        Tensor x = Tensor.arange(6).requiresGrad();
        assertArrayEquals(new int[] {2, 3}, x.reshape(2, 3).shape());
        assertArrayEquals(new int[] {3, 2}, x.view(3, 2).shape());
        assertArrayEquals(new int[] {3, 2}, x.view(2, 3).transpose(0, 1).shape());
        assertArrayEquals(new int[] {3, 2}, x.view(2, 3).t().shape());
        assertArrayEquals(new int[] {3, 1, 2}, x.view(1, 2, 3).permute(2, 0, 1).shape());
        assertArrayEquals(new int[] {6}, x.view(1, 6).squeeze().shape());
        assertArrayEquals(new int[] {6}, x.view(1, 6).squeeze(0).shape());
        assertArrayEquals(new int[] {1, 6}, x.unsqueeze(0).shape());
        assertArrayEquals(new int[] {6}, x.view(2, 3).flatten().shape());
        assertEquals(5, x.view(2, 3).get(1, 2).item());
        assertArrayEquals(new double[] {3, 4, 5}, x.view(2, 3).get(1).toArray());
    }

    @Test
    void autogradState() {
        Tensor x = Tensor.of(1, 2).to(DType.FLOAT64).requiresGrad();
        assertNull(x.grad());
        Tensor h = x.mul(3).retainGrad();
        Tensor y = h.pow(2).sum();
        assertNotNull(y.gradFn());
        y.backward(Tensor.scalar(1).to(DType.FLOAT64), true);
        assertArrayEquals(new double[] {18, 36}, x.grad().toArray());
        assertArrayEquals(new double[] {6, 12}, h.grad().toArray());
        y.backward();
        assertArrayEquals(new double[] {36, 72}, x.grad().toArray(), "gradients accumulate");
        assertThrows(IllegalStateException.class, y::backward, "graph freed");
        x.zeroGrad();
        assertNull(x.grad());
        x.mul(x).backward(Tensor.of(1, 1).to(DType.FLOAT64));
        assertArrayEquals(new double[] {2, 4}, x.grad().toArray());
        assertTrue(x.detach().isLeaf() && !x.detach().isRequiresGrad());
        Tensor z = Grad.noGrad(() -> x.mul(2));
        assertNull(z.gradFn());
        try (var g = Grad.disabled()) {
            assertNull(x.exp().gradFn());
        }
        assertTrue(Tensor.of(1).toHtml().contains("<"));
    }

    @Test
    void autogradGradWithSeveralOutputs() {
        Tensor x = Tensor.of(1, 2).to(DType.FLOAT64).requiresGrad();
        Tensor[] g = Autograd.grad(new Tensor[] {x.pow(2).sum(), x.mul(3)},
                new Tensor[] {null, Tensor.of(1, 1).to(DType.FLOAT64)}, new Tensor[] {x}, false);
        assertArrayEquals(new double[] {5, 7}, g[0].toArray(), 1e-12); // 2x + 3
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> Autograd.grad(new Tensor[] {x.mul(3)}, null, new Tensor[] {x}, false));
        assertTrue(e.getMessage().contains("output 0 has shape [2]"), e.getMessage());
    }

    /** A specialised primitive displaying as another op (as a fused scalar op would). */
    static final class ScaledCopy extends Node {
        ScaledCopy() { super("Mul"); }

        static Tensor apply(Tensor x) {
            double[] d = x.toArray();
            for (int i = 0; i < d.length; i++) d[i] *= 2;
            return result(new ScaledCopy(), d, x.shape(), x.dtype(), x);
        }

        @Override
        protected Tensor[] backward(Tensor g) { return new Tensor[] {g.mul(2.0)}; }
    }

    @Test
    void primitivesCanDisplayAsAnotherOp() {
        Tensor y = ScaledCopy.apply(Tensor.of(1, 2).requiresGrad());
        assertEquals("MulBackward", y.gradFn().name());
        assertEquals("mul", y.gradFn().opName());
    }

    private static String name(Tensor t) { return t.gradFn().name(); }
}
