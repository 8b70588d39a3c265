package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradCheckTest {
    /** x^2 with a deliberately wrong derivative (returns g instead of 2xg). */
    static final class BadSquare extends Node {
        static Tensor apply(Tensor x) {
            double[] d = x.toArray();
            for (int i = 0; i < d.length; i++) d[i] *= d[i];
            return result(new BadSquare(), d, x.shape(), x.dtype(), x);
        }

        @Override
        protected Tensor[] backward(Tensor g) { return new Tensor[] {g}; }
    }

    @Test
    void detectsAWrongGradient() {
        GradCheck.Result r = GradCheck.check(a -> BadSquare.apply(a[0]), Tensor.of(1, 2, 3));
        assertFalse(r.passed(), r.toString());
        assertTrue(r.maxAbsError(0) > 0.1, r.toString());
    }

    @Test
    void reportsPerInputErrors() {
        GradCheck.Result r = GradCheck.check(a -> a[0].mul(a[1]), Tensor.of(1, 2), Tensor.of(3, 4));
        assertTrue(r.passed(), r.toString());
        assertEquals(2, r.inputs());
        assertTrue(r.maxAbsError(0) < 1e-6 && r.maxRelError(1) < 1e-6, r.toString());
    }
}
