package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Graph depth must never turn into Java stack depth: backward, higher order, anomaly mode and printing. */
class DeepGraphTest {
    private static final int DEPTH = 100_000;

    @Test
    void backwardThrough100kMixedOps() {
        Tensor x = Tensor.of(0.5, -0.25).to(DType.FLOAT64).requiresGrad();
        Tensor y = x;
        for (int i = 0; i < DEPTH; i++) y = i % 2 == 0 ? y.mul(1.0) : y.sin().add(y.slice(0, 0, 2)).sub(y.sin());
        y.sum().backward();
        assertEquals(1.0, x.grad().toArray()[0], 1e-9);
        assertEquals(1.0, x.grad().toArray()[1], 1e-9);
    }

    @Test
    void secondOrderThroughDeepChain() {
        Tensor x = Tensor.scalar(2).to(DType.FLOAT64).requiresGrad();
        Tensor y = x.pow(2);
        for (int i = 0; i < DEPTH; i++) y = y.add(0.0);
        Tensor g = Autograd.grad(y, new Tensor[] {x}, true)[0];
        assertEquals(4, g.item(), 1e-12);
        assertEquals(2, Autograd.grad(g, new Tensor[] {x}, false)[0].item(), 1e-12);
    }

    @Test
    void toStringOfDeepGraphIsShort() {
        Tensor y = Tensor.scalar(1).requiresGrad();
        for (int i = 0; i < DEPTH; i++) y = y.mul(1.0);
        String s = y.toString();
        assertTrue(s.contains("grad_fn=<MulBackward>") && s.length() < 200, s);
        assertTrue(y.toHtml().length() < 2000);
    }

    @Test
    void anomalyModeOnDeepGraph() {
        try (var a = Anomaly.detect()) {
            Tensor x = Tensor.scalar(1).to(DType.FLOAT64).requiresGrad();
            Tensor y = x;
            for (int i = 0; i < 10_000; i++) y = y.mul(1.0);
            y.backward();
            assertEquals(1, x.grad().item());
        }
    }
}
