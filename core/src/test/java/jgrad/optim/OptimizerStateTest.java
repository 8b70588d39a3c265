package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class OptimizerStateTest {
    private static Tensor param() {
        return Tensor.fromData(new double[] {1.0, -2.0, 0.5}, new int[] {3}, DType.FLOAT64).requiresGrad();
    }

    /** One step on loss = sum(p^2 · (k + 1)), so the gradient changes from step to step. */
    private static void step(Optimizer opt, Tensor p, int k) {
        opt.zeroGrad();
        p.mul(p).mul(k + 1.0).sum().backward();
        opt.step();
    }

    @Test
    @SuppressWarnings("unchecked")
    void stateBuffersCarryPyTorchsNames() {
        Object[][] cases = {
            {new SGD(List.of(param()), 0.1, 0.9), List.of("momentum_buffer")},
            {new Adam(List.of(param()), 0.1), List.of("exp_avg", "exp_avg_sq")},
            {new RMSprop(List.of(param()), 0.1, 0.99, 1e-8, 0, 0.9, true), List.of("square_avg", "grad_avg", "momentum_buffer")},
            {new Adagrad(List.of(param()), 0.1), List.of("sum")},
        };
        for (Object[] c : cases) {
            Optimizer opt = (Optimizer) c[0];
            Tensor p = opt.paramGroups().get(0).parameters().get(0);
            step(opt, p, 0);
            var states = (List<Map<Integer, ParamState>>) opt.stateDict().get("state");
            ParamState s = states.get(0).get(0);
            assertEquals(c[1], List.copyOf(s.buffers().keySet()), opt.getClass().getSimpleName());
            assertEquals(1, s.steps());
        }
    }

    @Test
    void aStepUpdatesTheParameterInPlace() {
        Tensor p = Tensor.randn(5000).requiresGrad();
        Tensor view = p.reshape(50, 100); // shares storage, so it sees the update
        double before = p.toArray()[4321];
        int version = p.version();
        SGD sgd = new SGD(List.of(p), 0.5);
        p.mul(2).sum().backward();
        sgd.step();
        assertEquals((float) (before - 1.0), p.toArray()[4321], 1e-6);
        assertEquals(p.toArray()[4321], view.get(43, 21).item());
        assertEquals(version + 1, p.version(), "a step is one in-place write");
    }

    @Test
    void restoredAdamContinuesBitIdentically() {
        Tensor a = param();
        Adam straight = new Adam(List.of(a), 0.05);
        for (int k = 0; k < 6; k++) {
            step(straight, a, k);
        }

        Tensor b = param();
        Adam first = new Adam(List.of(b), 0.05);
        for (int k = 0; k < 3; k++) {
            step(first, b, k);
        }
        Map<String, Object> saved = first.stateDict();
        double[] savedValues = b.toArray();
        step(first, b, 99); // must not leak into the saved copy

        Tensor c = Tensor.fromData(savedValues, new int[] {3}, DType.FLOAT64).requiresGrad();
        Adam resumed = new Adam(List.of(c), 0.9); // lr comes from the state
        resumed.loadStateDict(saved);
        assertEquals(0.05, resumed.lr());
        for (int k = 3; k < 6; k++) {
            step(resumed, c, k);
        }
        assertArrayEquals(a.toArray(), c.toArray(), 0.0);
        assertEquals(6, resumed.paramGroups().get(0).stateOf(c, 3).steps());
    }

    @Test
    void mismatchedStateIsRefused() {
        Tensor p = param();
        Adam one = new Adam(List.of(p), 0.1);
        step(one, p, 0);
        Adam two = new Adam(List.of(param()), 0.1);
        two.addParamGroup(List.of(param()), 0.1);
        assertThrows(IllegalArgumentException.class, () -> two.loadStateDict(one.stateDict()));
        Adam small = new Adam(List.of(Tensor.zeros(2).requiresGrad()), 0.1);
        assertThrows(IllegalArgumentException.class, () -> small.loadStateDict(one.stateDict()));
        assertThrows(IllegalArgumentException.class, () -> small.loadStateDict(Map.of()));
    }
}
