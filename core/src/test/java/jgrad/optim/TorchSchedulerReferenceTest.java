package jgrad.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import jgrad.autograd.Tensor;
import jgrad.testing.TorchReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Learning-rate schedules against torch.optim.lr_scheduler (fixture torch/schedulers.txt from scripts/torch_reference/schedulers.py). */
class TorchSchedulerReferenceTest {
    private static final TorchReference TORCH = TorchReference.load("torch/schedulers.txt");

    private static Optimizer optimizer() {
        return new SGD(List.of(Tensor.zeros(1).requiresGrad()), 0.1, 0.9);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                of("step", opt -> new StepLR(opt, 3, 0.5)),
                of("exponential", opt -> new ExponentialLR(opt, 0.9)),
                of("cosine", opt -> new CosineAnnealingLR(opt, 8, 0.001)),
                of("warmup", opt -> new LinearWarmup(opt, 4)),
                of("one_cycle", opt -> new OneCycleLR(opt, 0.5, 13)));
    }

    private static Arguments of(String name, Function<Optimizer, LRScheduler> make) {
        return Arguments.of(name, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ratesMatchPyTorchEpochByEpoch(String name, Function<Optimizer, LRScheduler> make) {
        double[] expected = TORCH.values(name);
        Optimizer opt = optimizer();
        LRScheduler scheduler = make.apply(opt);
        double[] rates = new double[expected.length];
        rates[0] = opt.lr();
        for (int epoch = 1; epoch < rates.length; epoch++) {
            scheduler.step();
            rates[epoch] = opt.lr();
        }
        assertArrayEquals(expected, rates, 1e-12, name);
    }

    @Test
    void reduceOnPlateauHalvesAfterPatienceRunsOut() {
        double[] metrics = TORCH.values("plateau/metrics");
        double[] expected = TORCH.values("plateau");
        Optimizer opt = optimizer();
        var plateau = new ReduceLROnPlateau(opt, 0.5, 2, 1e-4);
        double[] rates = new double[expected.length];
        rates[0] = opt.lr();
        for (int epoch = 0; epoch < metrics.length; epoch++) {
            plateau.step(metrics[epoch]);
            rates[epoch + 1] = opt.lr();
        }
        assertArrayEquals(expected, rates, 1e-12);
    }
}
