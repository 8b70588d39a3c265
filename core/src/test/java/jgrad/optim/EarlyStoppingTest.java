package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Tensor;
import jgrad.nn.Linear;
import jgrad.nn.Module;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
    private static void setAll(Module m, double v) {
        for (Tensor p : m.parameters()) {
            double[] values = new double[(int) p.numel()];
            java.util.Arrays.fill(values, v);
            p.assign(values);
        }
    }

    private static double firstWeight(Module m) {
        return m.parameters().get(0).toArray()[0];
    }

    @Test
    void firesAfterPatienceAndRestoresBest() {
        Module model = new Linear(2, 1);
        EarlyStopping es = new EarlyStopping(2, 0.01);
        double[] losses = {1.0, 0.5, 0.495, 0.6};
        boolean[] expectStop = {false, false, false, true};
        for (int epoch = 0; epoch < losses.length; epoch++) {
            setAll(model, epoch);
            assertEquals(expectStop[epoch], es.step(losses[epoch], model), "epoch " + epoch);
        }
        assertTrue(es.shouldStop());
        // 0.495 is not better than 0.5 by more than 0.01
        assertEquals(1, es.bestEpoch());
        assertEquals(0.5, es.bestLoss());
        es.restoreBest(model);
        assertEquals(1.0, firstWeight(model), 1e-7);
    }

    @Test
    void restoresBestWithoutFiring() {
        Module model = new Linear(2, 1);
        EarlyStopping es = new EarlyStopping(3, 0);
        setAll(model, 7);
        es.step(0.3, model);
        setAll(model, 8);
        es.step(0.4, model);
        assertFalse(es.shouldStop());
        assertEquals(0, es.bestEpoch());
        es.restoreBest(model);
        for (Tensor p : model.parameters()) {
            double[] expected = new double[(int) p.numel()];
            java.util.Arrays.fill(expected, 7);
            assertArrayEquals(expected, p.toArray(), 1e-7);
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(1, -1));
        assertThrows(IllegalStateException.class, () -> new EarlyStopping(1, 0).restoreBest(new Linear(1, 1)));
    }
}
