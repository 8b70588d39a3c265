package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Double backward through every elementwise op: f''(x) from Autograd.grad(createGraph=true) twice
 * against central differences of f'(x), in float64. Catches ops whose backward uses a saved value
 * cut off from the graph (e.g. a detached output), which silently gives f'' = 0 or no graph at all.
 */
class SecondDerivativeTest {
    private static final Map<String, UnaryOperator<Tensor>> OPS = Map.ofEntries(
            Map.entry("exp", Tensor::exp), Map.entry("log", Tensor::log), Map.entry("sqrt", Tensor::sqrt),
            Map.entry("sin", Tensor::sin), Map.entry("cos", Tensor::cos), Map.entry("tanh", Tensor::tanh),
            Map.entry("sigmoid", Tensor::sigmoid), Map.entry("pow3", x -> x.pow(3)),
            Map.entry("div", x -> Tensor.scalar(1).to(DType.FLOAT64).div(x)),
            Map.entry("softmax", x -> x.softmax(0).mul(x)), Map.entry("logSoftmax", x -> x.logSoftmax(0).mul(x)));

    static Iterable<String> ops() { return OPS.keySet(); }

    private static double[] firstDerivative(UnaryOperator<Tensor> f, double[] at) {
        Tensor x = Tensor.fromData(at.clone(), new int[] {at.length}, DType.FLOAT64).requiresGrad();
        return Autograd.grad(f.apply(x).sum(), new Tensor[] {x}, false)[0].toArray();
    }

    @ParameterizedTest
    @MethodSource("ops")
    void secondDerivativeMatchesFiniteDifferencesOfTheFirst(String name) {
        UnaryOperator<Tensor> f = OPS.get(name);
        double[] at = {0.3, 0.8, 1.7};
        Tensor x = Tensor.fromData(at.clone(), new int[] {at.length}, DType.FLOAT64).requiresGrad();
        Tensor d1 = Autograd.grad(f.apply(x).sum(), new Tensor[] {x}, true)[0];
        // d/dx_i of sum_j f'(x)_j: perturb one input at a time (softmax couples the elements).
        double[] d2 = Autograd.grad(d1.sum(), new Tensor[] {x}, false)[0].toArray();
        double h = 1e-5;
        for (int i = 0; i < at.length; i++) {
            double[] up = at.clone(), down = at.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (sum(firstDerivative(f, up)) - sum(firstDerivative(f, down))) / (2 * h);
            assertEquals(numeric, d2[i], 1e-6 * Math.max(1, Math.abs(numeric)), name + " at x[" + i + "]");
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return s;
    }
}
