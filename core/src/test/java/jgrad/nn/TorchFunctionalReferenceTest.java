package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import jgrad.autograd.Tensor;
import jgrad.testing.TorchReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conv, pooling, activations, layer norm and losses against torch.nn.functional in float64: outputs and
 * gradients (fixture torch/functional.txt from scripts/torch_reference/functional.py).
 */
class TorchFunctionalReferenceTest {
    private static final TorchReference TORCH = TorchReference.load("torch/functional.txt");

    static Stream<Arguments> cases() {
        return Stream.of(
                of("conv_stride2_pad1", in -> Functional.conv2d(in[0], in[1], in[2], 2, 1)),
                of("conv_no_bias", in -> Functional.conv2d(in[0], in[1], null, 1, 0)),
                of("max_pool_2", in -> new MaxPool2d(2).forward(in[0])),
                of("max_pool_3_stride_2", in -> new MaxPool2d(3, 2).forward(in[0])),
                of("avg_pool_2_stride_1", in -> new AvgPool2d(2, 1).forward(in[0])),
                of("gelu_tanh", in -> new GELU().forward(in[0])),
                of("leaky_relu_0.2", in -> new LeakyReLU(0.2).forward(in[0])),
                of("softmax_dim1", in -> new Softmax(1).forward(in[0])),
                of("log_softmax_dim1", in -> in[0].logSoftmax(1)),
                of("layer_norm_last2", in -> LayerNorm.layerNorm(in[0], 2, in[1], in[2])),
                of("mse", in -> Loss.mse(in[0], in[1])),
                of("l1", in -> Loss.l1(in[0], in[1])),
                of("huber_0.7", in -> Loss.huber(in[0], in[1], 0.7)),
                of("cross_entropy", in -> Loss.crossEntropy(in[0], in[1])),
                of("nll", in -> Loss.nll(in[0], in[1])),
                of("bce", in -> Loss.bce(in[0], in[1])),
                of("bce_with_logits", in -> Loss.bceWithLogits(in[0], in[1])));
    }

    private static Arguments of(String name, Function<Tensor[], Tensor> fn) {
        return Arguments.of(name, fn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputAndGradientsMatchPyTorch(String name, Function<Tensor[], Tensor> fn) {
        List<Tensor> inputs = new ArrayList<>();
        for (int k = 0; TORCH.has(name + "/in" + k); k++) {
            Tensor x = TORCH.tensor(name + "/in" + k);
            inputs.add(TORCH.has(name + "/grad" + k) ? x.requiresGrad() : x);
        }
        Tensor out = fn.apply(inputs.toArray(Tensor[]::new));
        assertArrayEquals(TORCH.shape(name + "/out"), out.shape(), name);
        assertArrayEquals(TORCH.values(name + "/out"), out.toArray(), 1e-9, name);
        out.mul(TORCH.tensor(name + "/probe")).sum().backward();
        for (int k = 0; k < inputs.size(); k++) {
            if (TORCH.has(name + "/grad" + k)) {
                assertArrayEquals(TORCH.values(name + "/grad" + k), inputs.get(k).grad().toArray(), 1e-9, name + " grad " + k);
            } else {
                assertNull(inputs.get(k).grad(), name + " input " + k + " is not differentiable");
            }
        }
    }
}
