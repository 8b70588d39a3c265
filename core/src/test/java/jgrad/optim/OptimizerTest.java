package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

/**
 * First steps against values from PyTorch's documented update rules (torch.optim, v2.x),
 * worked by hand for loss = sum(g · p) so that the gradient is the constant g.
 */
class OptimizerTest {
    private static double[] twoSteps(Function<List<Tensor>, Optimizer> make, double p0, double g) {
        Tensor p = Tensor.of(p0).to(DType.FLOAT64).detach().requiresGrad();
        Optimizer opt = make.apply(List.of(p));
        double[] seen = new double[2];
        for (int step = 0; step < 2; step++) {
            opt.zeroGrad();
            p.mul(g).sum().backward();
            opt.step();
            seen[step] = p.item();
        }
        return seen;
    }

    @Test
    void plainSgd() {
        assertArrayEquals(new double[] {0.95, 0.90}, twoSteps(ps -> new SGD(ps, 0.1), 1.0, 0.5), 1e-12);
    }

    @Test
    void sgdMomentumAndNesterov() {
        // buf1 = 1 → p = 0.9; buf2 = 0.9 + 1 = 1.9 → p = 0.71
        assertArrayEquals(new double[] {0.9, 0.71}, twoSteps(ps -> new SGD(ps, 0.1, 0.9), 1.0, 1.0), 1e-12);
        // d1 = 1 + 0.9·1 = 1.9 → 0.81; d2 = 1 + 0.9·1.9 = 2.71 → 0.539
        assertArrayEquals(new double[] {0.81, 0.539}, twoSteps(ps -> new SGD(ps, 0.1, 0.9, true, 0), 1.0, 1.0), 1e-12);
    }

    @Test
    void sgdWeightDecayAddsL2Gradient() {
        // d = 0.5 + 0.1·1 = 0.6 → 0.94; d = 0.5 + 0.094 = 0.594 → 0.8806
        assertArrayEquals(new double[] {0.94, 0.8806}, twoSteps(ps -> new SGD(ps, 0.1, 0, false, 0.1), 1.0, 0.5), 1e-12);
    }

    @Test
    void adamFirstStepsHaveMagnitudeLr() {
        // with a constant gradient the bias-corrected m̂/√v̂ is exactly sign(g) (up to eps)
        assertArrayEquals(new double[] {0.9, 0.8}, twoSteps(ps -> new Adam(ps, 0.1), 1.0, 0.5), 1e-7);
    }

    @Test
    void adamWShrinksWeightsBeforeTheAdamStep() {
        // p = 1·(1 − 0.1·0.5) − 0.1 = 0.85; p = 0.85·0.95 − 0.1 = 0.7075
        assertArrayEquals(new double[] {0.85, 0.7075},
                twoSteps(ps -> new AdamW(ps, 0.1, 0.9, 0.999, 1e-8, 0.5), 1.0, 0.5), 1e-7);
    }

    @Test
    void rmspropAndAdagrad() {
        // RMSprop: v = 0.01·0.25 = 0.0025 → step 0.1·0.5/0.05 = 1 → 0; v2 = 0.99·0.0025 + 0.0025 → step 0.5/√0.004975·0.1
        double second = -0.1 * 0.5 / Math.sqrt(0.0049750);
        assertArrayEquals(new double[] {0.0, second}, twoSteps(ps -> new RMSprop(ps, 0.1), 1.0, 0.5), 1e-6);
        // Adagrad: s = 0.25 → step 0.1; s = 0.5 → step 0.1·0.5/√0.5
        assertArrayEquals(new double[] {0.9, 0.9 - 0.1 * 0.5 / Math.sqrt(0.5)}, twoSteps(ps -> new Adagrad(ps, 0.1), 1.0, 0.5), 1e-9);
    }

    @Test
    void rmspropRejectsANegativeMomentumByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RMSprop(List.of(Tensor.of(1.0).requiresGrad()), 0.1, 0.99, 1e-8, 0, -0.5, false));
        assertTrue(e.getMessage().contains("momentum") && e.getMessage().contains("-0.5"), e.getMessage());
    }

    @Test
    void parametersWithoutGradientsAreLeftAlone() {
        Tensor used = Tensor.of(1.0).requiresGrad();
        Tensor unused = Tensor.of(2.0).requiresGrad();
        var opt = new SGD(List.of(used, unused), 0.1);
        used.sum().backward();
        opt.step();
        assertArrayEquals(new double[] {0.9}, used.toArray(), 1e-6);
        assertArrayEquals(new double[] {2.0}, unused.toArray(), 0.0);
    }

    @Test
    void badSettingsAreClearErrors() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(Tensor.of(1.0).requiresGrad()), -1));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> new Adam(List.of(), 0.1));
        assertTrue(empty.getMessage().contains("empty parameter list"), empty.getMessage());
    }

    @Test
    void addParamGroupRejectsABadLearningRateLikeTheConstructor() {
        var opt = new SGD(List.of(Tensor.of(1.0).requiresGrad()), 0.1);
        var head = List.of(Tensor.of(2.0).requiresGrad());
        for (double lr : new double[] {-0.01, Double.NaN}) {
            var e = assertThrows(IllegalArgumentException.class, () -> opt.addParamGroup(head, lr));
            assertEquals("SGD.addParamGroup: learning rate must be >= 0, got " + lr, e.getMessage());
        }
        assertEquals(1, opt.paramGroups().size(), "a rejected group is not added");
        opt.addParamGroup(head, 0.0);
        assertEquals(2, opt.paramGroups().size());
    }
}
