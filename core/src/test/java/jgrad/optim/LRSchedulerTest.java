package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

/** Learning-rate sequences against PyTorch's lr_scheduler formulas, worked by hand. */
class LRSchedulerTest {
    private static SGD sgd(double lr) {
        return new SGD(List.of(Tensor.zeros(1).requiresGrad()), lr);
    }

    /** The first group's rate after 1..n steps. */
    private static double[] rates(Optimizer opt, LRScheduler s, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            s.step();
            out[i] = opt.lr();
        }
        return out;
    }

    @Test
    void stepLr() {
        SGD opt = sgd(0.1);
        StepLR s = new StepLR(opt, 2, 0.5);
        assertEquals(0.1, opt.lr());
        assertArrayEquals(new double[] {0.1, 0.05, 0.05, 0.025, 0.025}, rates(opt, s, 5), 1e-15);
    }

    @Test
    void exponentialLrPerGroup() {
        SGD opt = sgd(1.0);
        opt.addParamGroup(List.of(Tensor.zeros(1).requiresGrad()), 0.1);
        ExponentialLR s = new ExponentialLR(opt, 0.9);
        s.step();
        s.step();
        assertArrayEquals(new double[] {0.81, 0.081}, s.lastLr(), 1e-15);
        assertEquals(0.1, s.baseLr(1));
    }

    @Test
    void cosineAnnealing() {
        SGD opt = sgd(1.0);
        CosineAnnealingLR s = new CosineAnnealingLR(opt, 4, 0.0);
        // (1 + cos(pi k / 4)) / 2 for k = 1..4
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {(1 + r) / 2, 0.5, (1 - r) / 2, 0.0}, rates(opt, s, 4), 1e-12);
    }

    @Test
    void reduceOnPlateau() {
        SGD opt = sgd(1.0);
        ReduceLROnPlateau s = new ReduceLROnPlateau(opt, 0.5, 1, 0.1);
        // best 1.0; 0.95 > 1.0·0.9 is no improvement (bad 1); 0.95 again (bad 2 > 1) → halve; 0.5 improves
        double[] metrics = {1.0, 0.95, 0.95, 0.5, 0.5, 0.5};
        double[] expected = {1.0, 1.0, 0.5, 0.5, 0.5, 0.25};
        for (int i = 0; i < metrics.length; i++) {
            s.step(metrics[i]);
            assertEquals(expected[i], opt.lr(), 1e-15, "after metric " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> new ReduceLROnPlateau(opt, 1.5, 1, 0));
    }

    @Test
    void linearWarmup() {
        SGD opt = sgd(0.4);
        LinearWarmup s = new LinearWarmup(opt, 4);
        assertEquals(0.1, opt.lr(), 1e-15);
        assertArrayEquals(new double[] {0.2, 0.3, 0.4, 0.4}, rates(opt, s, 4), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new LinearWarmup(opt, 0));
    }

    @Test
    void oneCycle() {
        SGD opt = sgd(0.1);
        OneCycleLR s = new OneCycleLR(opt, 1.0, 10);
        // initial 1/25 = 0.04; peak at step 0.3·10 - 1 = 2; min 0.04 / 1e4 at step 9
        assertEquals(0.04, opt.lr(), 1e-15);
        double[] seen = rates(opt, s, 9);
        assertEquals(1 - 0.96 / 2, seen[0], 1e-12); // step 1: halfway up the cosine
        assertEquals(1.0, seen[1], 1e-12);
        // step 3: pct 1/7 of the way down from 1 to 4e-6
        assertEquals(4e-6 + (1 - 4e-6) / 2 * (Math.cos(Math.PI / 7) + 1), seen[2], 1e-12);
        assertEquals(4e-6, seen[8], 1e-15);
        assertThrows(IllegalStateException.class, s::step);
    }

    @Test
    void badArgumentsAreRefused() {
        SGD opt = sgd(0.1);
        assertThrows(IllegalArgumentException.class, () -> new StepLR(opt, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ExponentialLR(opt, 0));
        assertThrows(IllegalArgumentException.class, () -> new CosineAnnealingLR(opt, 0, 0));
    }
}
