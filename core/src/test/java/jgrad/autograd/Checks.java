package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

/** Shared test helpers. */
final class Checks {
    private Checks() { }

    static void gradOk(Function<Tensor[], Tensor> fn, Tensor... inputs) {
        GradCheck.Result r = GradCheck.check(fn, inputs);
        assertTrue(r.passed(), r.toString());
    }

    static void close(double[] expected, Tensor actual, double tol) {
        assertArrayEquals(expected, actual.toArray(), tol);
    }

    /** Random float64 tensor with values in [lo, hi). */
    static Tensor uniform(double lo, double hi, int... shape) {
        return Tensor.rand(shape).to(DType.FLOAT64).mul(hi - lo).add(lo);
    }
}
