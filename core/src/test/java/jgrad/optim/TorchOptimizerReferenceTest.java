package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import jgrad.autograd.Tensor;
import jgrad.testing.TorchReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three steps of each optimizer from the same parameters and per-step gradients as
 * scripts/torch_reference/optimizers.py fed to torch.optim (fixture torch/optimizers.txt).
 */
class TorchOptimizerReferenceTest {
    private static final TorchReference TORCH = TorchReference.load("torch/optimizers.txt");

    static Stream<Arguments> cases() {
        return Stream.of(
                of("sgd", ps -> new SGD(ps, 0.1)),
                of("sgd_momentum", ps -> new SGD(ps, 0.1, 0.9)),
                of("sgd_nesterov", ps -> new SGD(ps, 0.1, 0.9, true, 0)),
                of("sgd_weight_decay", ps -> new SGD(ps, 0.1, 0.5, false, 0.1)),
                of("adagrad", ps -> new Adagrad(ps, 0.1)),
                of("adagrad_weight_decay", ps -> new Adagrad(ps, 0.1, 1e-8, 0.05)),
                of("rmsprop", ps -> new RMSprop(ps, 0.01)),
                of("rmsprop_weight_decay", ps -> new RMSprop(ps, 0.01, 0.9, 1e-6, 0.1)),
                of("rmsprop_momentum", ps -> new RMSprop(ps, 0.01, 0.99, 1e-8, 0, 0.9, false)),
                of("rmsprop_centered", ps -> new RMSprop(ps, 0.01, 0.95, 1e-6, 0.05, 0.5, true)),
                of("adam", ps -> new Adam(ps, 0.01)),
                of("adam_weight_decay", ps -> new Adam(ps, 0.01, 0.8, 0.95, 1e-6, 0.1)),
                of("adamw", ps -> new AdamW(ps, 0.01)),
                of("adamw_custom", ps -> new AdamW(ps, 0.05, 0.85, 0.99, 1e-7, 0.3)));
    }

    private static Arguments of(String name, Function<List<Tensor>, Optimizer> make) {
        return Arguments.of(name, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firstThreeStepsMatchPyTorch(String name, Function<List<Tensor>, Optimizer> make) {
        Tensor p = TORCH.tensor("params").requiresGrad();
        Tensor grads = TORCH.tensor("grads");
        Optimizer opt = make.apply(List.of(p));
        for (int step = 0; step < grads.size(0); step++) {
            opt.zeroGrad();
            p.mul(grads.get(step)).sum().backward();  // the gradient of sum(g·p) is exactly g
            opt.step();
            assertArrayEquals(TORCH.values(name + "/step" + (step + 1)), p.toArray(), 1e-6, name + " step " + (step + 1));
        }
    }

    /** FLOAT32 parameters (plain SGD steps in float arithmetic) stay within float rounding of PyTorch's steps. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void float32ParametersFollowPyTorchToFloatPrecision(String name, Function<List<Tensor>, Optimizer> make) {
        Tensor p = TORCH.tensor("params").to(jgrad.autograd.DType.FLOAT32).detach().requiresGrad();
        Tensor grads = TORCH.tensor("grads").to(jgrad.autograd.DType.FLOAT32);
        Optimizer opt = make.apply(List.of(p));
        for (int step = 0; step < grads.size(0); step++) {
            opt.zeroGrad();
            p.mul(grads.get(step)).sum().backward();
            opt.step();
            double[] want = TORCH.values(name + "/step" + (step + 1)), got = p.toArray();
            for (int i = 0; i < want.length; i++) {
                org.junit.jupiter.api.Assertions.assertEquals(want[i], got[i], 2e-6 * (1 + Math.abs(want[i])),
                        name + " step " + (step + 1) + " element " + i);
            }
        }
    }
}
