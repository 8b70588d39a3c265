package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class ModuleTest {
    @Test
    void linearGradientsAreTheInputSumsAndBatchSize() {
        Tensor.manualSeed(0);
        Linear layer = new Linear(3, 2);
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        layer.forward(x).sum().backward();
        // d/dW sum(xWᵀ + b) = column sums of x for each output row; d/db = batch size
        assertArrayEquals(new double[] {5, 7, 9, 5, 7, 9}, layer.weight.grad().toArray(), 1e-6);
        assertArrayEquals(new double[] {2, 2}, layer.bias.grad().toArray(), 1e-6);
    }

    @Test
    void parametersAreNamedInRegistrationOrder() {
        var model = new Sequential(new Linear(4, 3), new ReLU(), new Linear(3, 2));
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(model.namedParameters().keySet()));
        assertEquals(4 * 3 + 3 + 3 * 2 + 2, model.parameterCount());
        assertTrue(model.parameters().stream().allMatch(Tensor::isRequiresGrad));
    }

    @Test
    void toStringPrintsTheTreeWithParameterCount() {
        var model = new Sequential(new Linear(784, 10), new Tanh());
        String text = model.toString();
        assertTrue(text.contains("(0): Linear(in=784, out=10)"), text);
        assertTrue(text.contains("(1): Tanh()"), text);
        assertTrue(text.contains("parameters: 7,850"), text);
    }

    @Test
    void evalPropagatesToChildren() {
        var inner = new Linear(2, 2);
        var model = new Sequential(inner);
        model.eval();
        assertFalse(inner.isTraining());
        model.train();
        assertTrue(inner.isTraining());
    }

    @Test
    void wrongInputShapeNamesLayerAndShape() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Linear(4, 2).forward(Tensor.zeros(3, 5)));
        assertTrue(e.getMessage().contains("Linear(in=4, out=2)") && e.getMessage().contains("[3, 5]"), e.getMessage());
    }

    @Test
    void zeroGradClearsEveryParameter() {
        var model = new Sequential(new Linear(2, 2), new Sigmoid());
        model.forward(Tensor.ones(1, 2)).sum().backward();
        model.zeroGrad();
        assertTrue(model.parameters().stream().allMatch(p -> p.grad() == null));
    }
}
