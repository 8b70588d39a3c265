package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import jgrad.autograd.DType;
import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import jgrad.testing.TorchReference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The PyTorch-shaped API against PyTorch: full max/min with ties, var/std/norm, comparisons, argmax/argmin,
 * in-place updates and the module-style losses' reductions, in float64 (tight) and float32 (float32's
 * tolerance). Fixture torch/pytorch_api.txt from scripts/torch_reference/pytorch_api.py; each case there has
 * a lambda of the same name here. Gradients are those of sum(out * probe).
 */
class TorchApiReferenceTest {
    private static final TorchReference TORCH = TorchReference.load("torch/pytorch_api.txt");
    private static final Map<String, Function<Tensor[], Tensor>> CASES = new LinkedHashMap<>();

    private static void c(String name, Function<Tensor[], Tensor> fn) {
        CASES.put(name, fn);
    }

    /** A no-grad in-place update of a copy of x[0], as a hand-written optimizer step. */
    private static Function<Tensor[], Tensor> inPlace(java.util.function.BiConsumer<Tensor, Tensor[]> update) {
        return x -> {
            Tensor y = x[0].detach().clone();
            try (var ng = Grad.noGrad()) {
                update.accept(y, x);
            }
            return y;
        };
    }

    static {
        c("max_all_ties", x -> x[0].max());
        c("max_all_ties_2d", x -> x[0].max());
        c("min_all_ties", x -> x[0].min());
        c("max_all_no_ties", x -> x[0].max());
        c("max_dim1_ties_first", x -> x[0].max(1));
        c("min_dim0", x -> x[0].min(0));
        c("var_all", x -> x[0].var());
        c("var_all_biased", x -> x[0].var(false));
        c("var_dim1", x -> x[0].var(1));
        c("var_dim0_keepdim_biased", x -> x[0].var(0, true, false));
        c("std_all", x -> x[0].std());
        c("std_dim1", x -> x[0].std(1));
        c("std_dim1_keepdim_biased", x -> x[0].std(1, true, false));
        c("std_constant", x -> x[0].std());
        c("norm_all", x -> x[0].norm());
        c("norm_zero", x -> x[0].norm());
        c("norm_p1", x -> x[0].norm(1));
        c("norm_inf_ties", x -> x[0].norm(Double.POSITIVE_INFINITY));
        c("norm_p2_dim1", x -> x[0].norm(2, 1));
        c("norm_p1_dim0_keepdim", x -> x[0].norm(1, 0, true));
        c("argmax_all", x -> x[0].argmax());
        c("argmax_all_ties", x -> x[0].argmax());
        c("argmax_dim1_keepdim", x -> x[0].argmax(1, true));
        c("argmin_all", x -> x[0].argmin());
        c("argmin_dim0", x -> x[0].argmin(0));
        c("eq", x -> x[0].eq(x[1]));
        c("eq_count", x -> x[0].eq(x[1]).sum());
        c("eq_accuracy", x -> x[0].eq(x[1]).mean());
        c("ne_broadcast", x -> x[0].ne(x[1]));
        c("gt_broadcast", x -> x[0].gt(x[1]));
        c("lt_broadcast", x -> x[0].lt(x[1]));
        c("ge_ties", x -> x[0].ge(x[1]));
        c("le_ties", x -> x[0].le(x[1]));
        c("gt_scalar", x -> x[0].gt(0.25));
        c("eq_nan", x -> x[0].eq(x[1]));
        c("ne_nan", x -> x[0].ne(x[1]));
        c("sub_inplace_sgd_step", inPlace((y, x) -> y.sub_(x[1].mul(0.1))));
        c("add_inplace_broadcast", inPlace((y, x) -> y.add_(x[1])));
        c("mul_inplace_scalar", inPlace((y, x) -> y.mul_(-1.5)));
        c("div_inplace", inPlace((y, x) -> y.div_(x[1])));
        c("clamp_inplace", inPlace((y, x) -> y.clamp_(-0.5, 0.5)));
        c("zero_inplace", inPlace((y, x) -> y.zero_()));
        c("fill_inplace", inPlace((y, x) -> y.fill_(2.5)));
        c("copy_inplace_broadcast", inPlace((y, x) -> y.copy_(x[1])));
        c("sub_inplace_transposed_view", inPlace((y, x) -> y.t().sub_(x[1])));
        c("mse_sum", x -> new MSELoss("sum").call(x[0], x[1]));
        c("mse_none", x -> new MSELoss(Reduction.NONE).call(x[0], x[1]));
        c("l1_sum", x -> new L1Loss("sum").call(x[0], x[1]));
        c("l1_none", x -> new L1Loss("none").call(x[0], x[1]));
        c("huber_default", x -> new HuberLoss().call(x[0], x[1]));
        c("huber_none_0.5", x -> new HuberLoss("none", 0.5).call(x[0], x[1]));
        c("cross_entropy_mean", x -> new CrossEntropyLoss().call(x[0], x[1]));
        c("cross_entropy_sum", x -> new CrossEntropyLoss("sum").call(x[0], x[1]));
        c("cross_entropy_none", x -> new CrossEntropyLoss(Reduction.NONE).call(x[0], x[1]));
        c("nll_none", x -> new NLLLoss("none").call(x[0], x[1]));
        c("nll_sum", x -> new NLLLoss("sum").apply(x[0], x[1]));
        c("bce_mean", x -> new BCELoss().call(x[0], x[1]));
        c("bce_none", x -> new BCELoss("none").call(x[0], x[1]));
        c("bce_with_logits_sum", x -> new BCEWithLogitsLoss("sum").call(x[0], x[1]));
        c("bce_with_logits_none", x -> new BCEWithLogitsLoss("none").call(x[0], x[1]));
    }

    @Test
    void everyFixtureCaseHasAJavaCaseAndBack() {
        Set<String> fixture = new TreeSet<>();
        for (String k : TORCH.keys()) {
            if (k.endsWith("/out")) {
                fixture.add(k.substring(0, k.length() - 4));
            }
        }
        assertEquals(new TreeSet<>(CASES.keySet()), fixture);
    }

    @TestFactory
    Stream<DynamicTest> float64MatchesPyTorch() {
        return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> check(e.getKey(), e.getValue(), DType.FLOAT64, 1e-12, 1e-9)));
    }

    @TestFactory
    Stream<DynamicTest> float32MatchesPyTorchWithinFloat32Rounding() {
        return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> check(e.getKey(), e.getValue(), DType.FLOAT32, 1e-5, 1e-4)));
    }

    private static void check(String name, Function<Tensor[], Tensor> fn, DType dtype, double atol, double rtol) {
        List<Tensor> inputs = new ArrayList<>();
        for (int k = 0; TORCH.has(name + "/in" + k); k++) {
            Tensor x = TORCH.tensor(name + "/in" + k).to(dtype).detach();
            inputs.add(TORCH.has(name + "/grad" + k) ? x.requiresGrad() : x);
        }
        boolean differentiable = inputs.stream().anyMatch(Tensor::isRequiresGrad);
        Tensor out = fn.apply(inputs.toArray(Tensor[]::new));
        assertEquals(dtype, out.dtype(), name + ": dtype");
        assertClose(name + "/out", out, atol, rtol);
        if (!differentiable) {
            assertFalse(out.isRequiresGrad(), name + ": no graph");
            return;
        }
        out.mul(TORCH.tensor(name + "/probe").to(dtype)).sum().backward();
        for (int k = 0; k < inputs.size(); k++) {
            if (TORCH.has(name + "/grad" + k)) {
                assertNotNull(inputs.get(k).grad(), name + ": no gradient for input " + k);
                assertClose(name + "/grad" + k, inputs.get(k).grad(), atol, rtol);
            } else {
                assertNull(inputs.get(k).grad(), name + ": input " + k + " is not differentiable");
            }
        }
    }

    private static void assertClose(String key, Tensor actual, double atol, double rtol) {
        assertArrayEquals(TORCH.shape(key), actual.shape(), key + ": shape");
        double[] want = TORCH.values(key), got = actual.toArray();
        for (int i = 0; i < want.length; i++) {
            if (Double.isNaN(want[i])) {
                assertEquals(want[i], got[i], key + "[" + i + "]");
            } else {
                assertEquals(want[i], got[i], atol + rtol * Math.abs(want[i]), key + "[" + i + "] " + actual.dtype());
            }
        }
    }
}
