package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** Module-style losses: {@code criterion = nn.CrossEntropyLoss(); loss = criterion(out, y)}. */
class CriterionTest {
    @Test
    void aCriterionIsItsLossFunction() {
        // torch.nn.CrossEntropyLoss()(torch.tensor([[1.,2.,3.],[1.,0.,-1.]]), torch.tensor([2, 0])) = 0.4076059651
        Tensor logits = Tensor.of(new double[][] {{1, 2, 3}, {1, 0, -1}});
        Tensor labels = Tensor.of(2, 0);
        var criterion = new CrossEntropyLoss();
        assertEquals(0.4076059651, criterion.call(logits, labels).item(), 1e-6);
        assertEquals(Loss.crossEntropy(logits, labels).item(), criterion.forward(logits, labels).item(), 0.0);
        BiFunction<Tensor, Tensor, Tensor> asFunction = criterion; // what %lrfind and LrFinder take
        assertEquals(0.4076059651, asFunction.apply(logits, labels).item(), 1e-6);
        Tensor p = Tensor.of(1, 2), t = Tensor.of(0, 0);
        assertEquals(2.5, new MSELoss().call(p, t).item(), 0.0);
        assertEquals(5.0, new MSELoss("sum").call(p, t).item(), 0.0);
        assertEquals(1.5, new L1Loss().call(p, t).item(), 0.0);
    }

    @Test
    void settingsAreShownAndCheckedAsInPyTorch() {
        assertEquals("CrossEntropyLoss(reduction=mean)", new CrossEntropyLoss().toString());
        assertEquals("HuberLoss(delta=0.5, reduction=none)", new HuberLoss("none", 0.5).toString());
        assertEquals(Reduction.SUM, new BCELoss("SUM").reduction());
        var bad = assertThrows(IllegalArgumentException.class, () -> new MSELoss("average"));
        assertTrue(bad.getMessage().contains("\"mean\", \"sum\" or \"none\"") && bad.getMessage().contains("average"),
                bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HuberLoss(0));
        assertThrows(IllegalArgumentException.class, () -> new NLLLoss((Reduction) null));
        var shape = assertThrows(IllegalArgumentException.class, () -> new BCEWithLogitsLoss().call(Tensor.zeros(2), Tensor.zeros(3)));
        assertTrue(shape.getMessage().startsWith("bceWithLogits:"), shape.getMessage());
    }
}
