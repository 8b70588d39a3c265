package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** Optimizers built as in PyTorch with the default learning rate, and the empty-model error. */
class PyTorchDefaultsTest {
    @Test
    void learningRatesDefaultToPyTorchs() {
        List<Tensor> params = List.of(Tensor.zeros(2).requiresGrad());
        assertEquals(1e-3, new Adam(params).lr(), 0.0);
        assertEquals(1e-3, new AdamW(params).lr(), 0.0);
        assertEquals(0.01, new RMSprop(params).lr(), 0.0);
        assertEquals(0.01, new Adagrad(params).lr(), 0.0);
    }

    @Test
    void adamWithDefaultsTakesTorchsFirstStep() {
        // torch.optim.Adam([w]) with w.grad = [0.5, -2]: the first step moves each weight by lr = 1e-3 against its sign
        Tensor w = Tensor.of(1, 1).requiresGrad();
        w.mul(Tensor.of(0.5, -2)).sum().backward();
        new Adam(List.of(w)).step();
        assertArrayEquals(new double[] {0.999, 1.001}, w.toArray(), 1e-6);
    }

    @Test
    void anEmptyParameterListSaysWhy() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Adam(List.of()));
        assertTrue(e.getMessage().contains("Adam: got an empty parameter list") && e.getMessage().contains("fields")
                && e.getMessage().contains("ModuleList"), e.getMessage());
    }

    @Test
    void clipUnderTheInPlaceNameIsClip() {
        Tensor w = Tensor.of(0, 0).requiresGrad();
        w.mul(Tensor.of(3, 4)).sum().backward(); // grad norm 5
        assertEquals(5.0, Clip.gradNorm_(List.of(w), 1.0), 1e-6);
        assertEquals(1.0, w.grad().norm().item(), 1e-5);
        Clip.gradValue_(List.of(w), 0.5);
        assertTrue(w.grad().max().item() <= 0.5);
    }
}
