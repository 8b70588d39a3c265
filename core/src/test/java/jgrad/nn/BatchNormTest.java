package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import jgrad.testing.TorchReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BatchNorm1d/2d against torch 1.13 (fixture torch/batchnorm.txt from scripts/torch_reference/batchnorm.py). */
class BatchNormTest {
    private static final TorchReference TORCH = TorchReference.load("torch/batchnorm.txt");

    @Test
    void batchNorm1dOnMatricesMatchesPyTorch() {
        trainTwiceThenEvaluate("bn1d_2d", new BatchNorm1d(3), 1e-5);
    }

    @Test
    void batchNorm1dOnSequencesMatchesPyTorch() {
        trainTwiceThenEvaluate("bn1d_3d", new BatchNorm1d(3, 1e-5, 0.3), 1e-5);
    }

    @Test
    void batchNorm2dMatchesPyTorch() {
        trainTwiceThenEvaluate("bn2d", new BatchNorm2d(2, 1e-3, 0.1), 1e-3);
    }

    /** Two training steps (batch statistics, running stats updated) then one in eval mode (running stats). */
    private static void trainTwiceThenEvaluate(String name, BatchNorm layer, double eps) {
        layer.weight.assign(TORCH.values(name + "/weight"));
        layer.bias.assign(TORCH.values(name + "/bias"));
        assertArrayEquals(TORCH.values(name + "/y1"), layer.forward(TORCH.tensor(name + "/x1")).toArray(), 1e-5);
        assertArrayEquals(TORCH.values(name + "/y2"), layer.forward(TORCH.tensor(name + "/x2")).toArray(), 1e-5);
        assertArrayEquals(TORCH.values(name + "/running_mean"), layer.runningMean.toArray(), 1e-5);
        assertArrayEquals(TORCH.values(name + "/running_var"), layer.runningVar.toArray(), 1e-5);
        layer.eval();
        assertArrayEquals(TORCH.values(name + "/y3"), layer.forward(TORCH.tensor(name + "/x3")).toArray(), 1e-5);
        assertArrayEquals(new double[] {2}, layer.stateDict().get("num_batches_tracked").toArray());

        // the float64 functional form reproduces torch's output and gradients to round-off
        Tensor x = TORCH.tensor(name + "/x1").requiresGrad();
        Tensor w = TORCH.tensor(name + "/weight").requiresGrad();
        Tensor b = TORCH.tensor(name + "/bias").requiresGrad();
        Tensor y = BatchNorm.batchNorm(x, w, b, eps);
        assertArrayEquals(TORCH.values(name + "/y1"), y.toArray(), 1e-10);
        y.mul(TORCH.tensor(name + "/probe")).sum().backward();
        assertArrayEquals(TORCH.values(name + "/grad_x1"), x.grad().toArray(), 1e-10);
        assertArrayEquals(TORCH.values(name + "/grad_weight"), w.grad().toArray(), 1e-10);
        assertArrayEquals(TORCH.values(name + "/grad_bias"), b.grad().toArray(), 1e-10);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        Tensor.manualSeed(5);
        for (int[] shape : List.of(new int[] {4, 3}, new int[] {3, 2, 4}, new int[] {2, 3, 2, 3})) {
            Tensor x = Tensor.randn(shape).to(DType.FLOAT64).detach();
            Tensor w = Tensor.randn(shape[1]).to(DType.FLOAT64).detach();
            Tensor b = Tensor.randn(shape[1]).to(DType.FLOAT64).detach();
            GradCheck.Result r = GradCheck.check(in -> BatchNorm.batchNorm(in[0], in[1], in[2], 1e-5), x, w, b);
            assertTrue(r.passed(), r.toString());
        }
    }

    @Test
    void evalModeIsAFixedAffineMapOfTheRunningStats() {
        var layer = new BatchNorm1d(2);
        layer.eval();
        // fresh running stats are mean 0, var 1, so eval is x / sqrt(1 + eps)
        Tensor y = layer.forward(Tensor.of(new double[][] {{1, -2}}));
        assertArrayEquals(new double[] {1 / Math.sqrt(1 + 1e-5), -2 / Math.sqrt(1 + 1e-5)}, y.toArray(), 1e-6);
    }

    @Test
    void savedModelEvaluatesBitIdenticallyAfterLoading(@TempDir Path dir) {
        Tensor.manualSeed(8);
        var model = new Sequential(new Linear(3, 4), new BatchNorm1d(4), new ReLU());
        for (int step = 0; step < 3; step++) {
            model.forward(Tensor.randn(6, 3));
        }
        model.eval();
        model.save(dir.resolve("bn.jgrad"));
        var restored = new Sequential(new Linear(3, 4), new BatchNorm1d(4), new ReLU());
        restored.load(dir.resolve("bn.jgrad"));
        restored.eval();
        Tensor x = Tensor.randn(5, 3);
        assertArrayEquals(model.forward(x).toArray(), restored.forward(x).toArray(), 0.0);
        assertArrayEquals(new double[] {3}, restored.namedBuffers().get("1.num_batches_tracked").toArray());
    }

    @Test
    void runningStatsAreBuffersNotParameters() {
        var layer = new BatchNorm2d(4);
        assertEquals(List.of("weight", "bias"), List.copyOf(layer.namedParameters().keySet()));
        assertEquals(List.of("running_mean", "running_var", "num_batches_tracked"), List.copyOf(layer.namedBuffers().keySet()));
    }

    @Test
    void wrongInputShapeNamesLayerExpectedAndActualShapes() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BatchNorm2d(3).forward(Tensor.zeros(2, 4, 5, 5)));
        assertTrue(e.getMessage().contains("BatchNorm2d") && e.getMessage().contains("(N, C, H, W)")
                && e.getMessage().contains("C=3") && e.getMessage().contains("[2, 4, 5, 5]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BatchNorm1d(3).forward(Tensor.zeros(3)));
        assertTrue(e.getMessage().contains("BatchNorm1d") && e.getMessage().contains("[3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BatchNorm1d(3).forward(Tensor.zeros(1, 3)));
        assertTrue(e.getMessage().contains("more than one value per channel"), e.getMessage());
    }
}
