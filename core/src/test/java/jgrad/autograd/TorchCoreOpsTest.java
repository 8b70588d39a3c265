package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import jgrad.testing.TorchReference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Forward values and gradients against PyTorch, in float64 and in float32, from the fixtures written by
 * scripts/torch_reference/core_ops.py (each case there has a lambda of the same name here). Float32 uses
 * torch.testing's default float32 tolerances (rtol 1.3e-6, atol 1e-5).
 */
class TorchCoreOpsTest {
    private static final double TOL = 1e-10;
    private static final TorchReference FIX = TorchReference.load("torch/core_ops.txt");
    private static final TorchReference FIX32 = TorchReference.load("torch/core_ops_float32.txt");
    private static final double RTOL32 = 1.3e-6, ATOL32 = 1e-5;
    private static final Map<String, Function<Tensor[], Tensor>> CASES = new LinkedHashMap<>();

    private static void c(String name, Function<Tensor[], Tensor> fn) { CASES.put(name, fn); }

    static {
        c("add_broadcast", x -> x[0].add(x[1]));
        c("sub_broadcast", x -> x[0].sub(x[1]));
        c("mul_broadcast", x -> x[0].mul(x[1]));
        c("div_broadcast", x -> x[0].div(x[1]));
        c("add_scalar", x -> x[0].add(1.5));
        c("mul_scalar", x -> x[0].mul(-2.5));
        c("div_scalar", x -> x[0].div(3.0));
        c("neg", x -> x[0].neg());
        c("pow", x -> x[0].pow(2.5));
        c("exp", x -> x[0].exp());
        c("log", x -> x[0].log());
        c("sqrt", x -> x[0].sqrt());
        c("abs", x -> x[0].abs());
        c("sin", x -> x[0].sin());
        c("cos", x -> x[0].cos());
        c("tanh", x -> x[0].tanh());
        c("sigmoid", x -> x[0].sigmoid());
        c("relu", x -> x[0].relu());
        c("clamp", x -> x[0].clamp(-0.5, 0.5));
        c("matmul_2d", x -> x[0].matmul(x[1]));
        c("matmul_batched_broadcast", x -> x[0].matmul(x[1]));
        c("matmul_batched_matrix", x -> x[0].matmul(x[1]));
        c("matmul_vec_mat", x -> x[0].matmul(x[1]));
        c("matmul_mat_vec", x -> x[0].matmul(x[1]));
        c("matmul_transposed_view", x -> x[0].t().matmul(x[1]));
        c("sum_all", x -> x[0].sum());
        c("sum_dim0", x -> x[0].sum(0));
        c("sum_dim1", x -> x[0].sum(1));
        c("sum_dim_last", x -> x[0].sum(-1));
        c("mean_all", x -> x[0].mean());
        c("mean_dim1", x -> x[0].mean(1));
        c("max_all", x -> x[0].max());
        c("max_dim0", x -> x[0].max(0));
        c("max_dim1", x -> x[0].max(1));
        c("softmax_dim1", x -> x[0].softmax(1));
        c("softmax_dim0", x -> x[0].softmax(0));
        c("log_softmax_last", x -> x[0].logSoftmax(-1));
        c("reshape", x -> x[0].reshape(4, 6));
        c("transpose", x -> x[0].transpose(0, 2));
        c("permute", x -> x[0].permute(2, 0, 1));
        c("t_then_exp", x -> x[0].t().exp());
        c("unsqueeze_squeeze", x -> x[0].unsqueeze(1).squeeze());
        c("expand", x -> x[0].expand(2, 3, 4));
        c("select", x -> x[0].get(1));
        c("select_two", x -> x[0].get(-1, 2));
        c("slice_dim1", x -> x[0].slice(1, 1, 3));
        c("slice_step", x -> x[0].slice(1, 0, Integer.MAX_VALUE, 2));
        c("slice_negative", x -> x[0].slice(0, -2, Integer.MAX_VALUE));
        c("narrow", x -> x[0].narrow(1, 1, 2));
        c("slice_of_transpose", x -> x[0].t().slice(0, 1, Integer.MAX_VALUE).slice(1, 0, 2).mul(2.0));
        c("cat_dim1", x -> Tensor.cat(1, x[0], x[1]));
        c("stack_dim0", x -> Tensor.stack(0, x[0], x[1]));
        c("where", x -> Tensor.where(positive(x[0]), x[0], x[1]));
        c("masked_fill", x -> x[0].maskedFill(positive(x[0]), 0.5));
        c("clone_times_self", x -> x[0].clone().mul(x[0]));
        c("mlp_layer", x -> x[0].matmul(x[1].t()).add(x[2]).tanh().mean(0));
    }

    /** The mask a > 0 as 1/0 values. */
    private static Tensor positive(Tensor a) {
        double[] v = a.toArray();
        for (int i = 0; i < v.length; i++) v[i] = v[i] > 0 ? 1 : 0;
        return Tensor.fromData(v, a.shape(), DType.FLOAT64);
    }

    @Test
    void everyFixtureCaseHasAJavaCaseAndBack() {
        Set<String> fixture = new TreeSet<>();
        for (String k : FIX.keys()) if (k.endsWith(".out")) fixture.add(k.substring(0, k.length() - 4));
        assertEquals(new TreeSet<>(CASES.keySet()), fixture);
    }

    @TestFactory
    Stream<DynamicTest> forwardAndGradientsMatchPyTorch() {
        return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
    }

    @TestFactory
    Stream<DynamicTest> float32ForwardAndGradientsMatchPyTorchFloat32() {
        return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check32(e.getKey(), e.getValue())));
    }

    private static void check(String name, Function<Tensor[], Tensor> fn) {
        int n = 0;
        while (FIX.has(name + ".in" + n)) n++;
        Tensor[] in = new Tensor[n];
        for (int i = 0; i < n; i++) in[i] = FIX.tensor(name + ".in" + i).requiresGrad();
        Tensor out = fn.apply(in);
        assertClose(name + ".out", out);
        out.backward(FIX.tensor(name + ".gout"));
        for (int i = 0; i < n; i++) {
            assertNotNull(in[i].grad(), name + ": no gradient for input " + i);
            assertClose(name + ".grad" + i, in[i].grad());
        }
    }

    private static void check32(String name, Function<Tensor[], Tensor> fn) {
        int n = 0;
        while (FIX32.has(name + ".in" + n)) n++;
        Tensor[] in = new Tensor[n];
        for (int i = 0; i < n; i++) in[i] = FIX32.tensor(name + ".in" + i).to(DType.FLOAT32).detach().requiresGrad();
        Tensor out = fn.apply(in);
        assertClose32(name + ".out", out);
        out.backward(FIX32.tensor(name + ".gout").to(DType.FLOAT32));
        for (int i = 0; i < n; i++) {
            assertNotNull(in[i].grad(), name + ": no gradient for input " + i);
            assertClose32(name + ".grad" + i, in[i].grad());
        }
    }

    private static void assertClose32(String key, Tensor actual) {
        assertEquals(DType.FLOAT32, actual.dtype(), key);
        assertArrayEquals(FIX32.shape(key), actual.shape(), key + ": shape");
        double[] want = FIX32.values(key), got = actual.toArray();
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], ATOL32 + RTOL32 * Math.abs(want[i]), key + "[" + i + "] (float32)");
        }
    }

    /** The one-input elementwise cases: tiled past the deferral threshold they run as (fused) pending chains. */
    private static final String[] ELEMENTWISE = {"add_scalar", "mul_scalar", "div_scalar", "neg", "relu", "clamp", "abs",
        "exp", "log", "sqrt", "pow", "sin", "cos", "tanh", "sigmoid"};
    private static final int TILED_MIN = 1 << 16;

    @TestFactory
    Stream<DynamicTest> elementwiseCasesTiledPastTheDeferralThresholdStillMatchPyTorch() {
        return Stream.of(ELEMENTWISE).flatMap(name -> Stream.of(DType.values()).map(dtype -> DynamicTest.dynamicTest(
                name + " " + dtype, () -> checkTiled(name, dtype, CASES.get(name)))));
    }

    /** The fixture's input repeated end to end: each copy's output and gradient must be the fixture's. */
    private static void checkTiled(String name, DType dtype, Function<Tensor[], Tensor> fn) {
        TorchReference fix = dtype == DType.FLOAT64 ? FIX : FIX32;
        double[] in = fix.values(name + ".in0"), gout = fix.values(name + ".gout");
        double[] out = fix.values(name + ".out"), grad = fix.values(name + ".grad0");
        int copies = (TILED_MIN + in.length - 1) / in.length, n = copies * in.length;
        Tensor x = Tensor.fromData(tile(in, copies), new int[] {n}, dtype).requiresGrad();
        Tensor y = fn.apply(new Tensor[] {x}).mul(1.0).relu().mul(1.0).sub(0.0); // more steps in the same pending chain
        Tensor plain = fn.apply(new Tensor[] {x});
        plain.backward(Tensor.fromData(tile(gout, copies), new int[] {n}, dtype));
        double[] got = plain.toArray(), g = x.grad().toArray(), chained = y.toArray();
        double rtol = dtype == DType.FLOAT64 ? TOL : RTOL32, atol = dtype == DType.FLOAT64 ? TOL : ATOL32;
        for (int i = 0; i < n; i++) {
            int k = i % in.length;
            String where = name + " " + dtype + " element " + i;
            assertEquals(out[k], got[i], atol + rtol * Math.abs(out[k]), where);
            assertEquals(Math.max(out[k], 0), chained[i], atol + rtol * Math.abs(out[k]), where + " through a longer chain");
            assertEquals(grad[k], g[i], atol + rtol * Math.abs(grad[k]), where + ": gradient");
        }
    }

    private static double[] tile(double[] v, int copies) {
        double[] t = new double[v.length * copies];
        for (int c = 0; c < copies; c++) System.arraycopy(v, 0, t, c * v.length, v.length);
        return t;
    }

    @Test
    void secondDerivativeOfCube() {
        Tensor x = FIX.tensor("cube.in0").requiresGrad();
        Tensor d1 = Autograd.grad(x.pow(3).sum(), new Tensor[] {x}, true)[0];
        assertClose("cube.d1", d1);
        Tensor d2 = Autograd.grad(d1.sum(), new Tensor[] {x}, false)[0];
        assertClose("cube.d2", d2);
    }

    private static void assertClose(String key, Tensor actual) {
        assertEquals(DType.FLOAT64, actual.dtype(), key);
        assertArrayEquals(FIX.shape(key), actual.shape(), key + ": shape");
        double[] want = FIX.values(key), got = actual.toArray();
        for (int i = 0; i < want.length; i++) {
            double tol = TOL * Math.max(1, Math.abs(want[i]));
            assertEquals(want[i], got[i], tol, key + "[" + i + "]");
        }
    }
}
