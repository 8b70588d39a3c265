package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnomalyTest {
    @AfterEach
    void off() { Anomaly.disable(); }

    @Test
    void forwardNaNNamesTheOpAndInputShapes() {
        Tensor x = Tensor.of(1, -1, 2).requiresGrad();
        assertTrue(Double.isNaN(x.log().toArray()[1]), "without anomaly mode NaN passes silently");
        Anomaly.enable();
        ArithmeticException e = assertThrows(ArithmeticException.class, x::log);
        assertTrue(e.getMessage().contains("'log' (LogBackward)"), e.getMessage());
        assertTrue(e.getMessage().contains("[3]"), e.getMessage());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void forwardNaNOfSqrtIsNamedSqrt() {
        Anomaly.enable();
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> Tensor.of(-1, 4).requiresGrad().sqrt());
        assertTrue(e.getMessage().contains("'sqrt' (SqrtBackward)"), e.getMessage());
    }

    @Test
    void nanInputIsNotBlamedOnTheConsumer() {
        Anomaly.enable();
        Tensor x = Tensor.of(Double.NaN, 1).requiresGrad();
        assertDoesNotThrow(() -> x.mul(2.0));
    }

    @Test
    void backwardNamesFirstNodeWithBadGradientAndWhereItWasCreated() {
        Tensor x = Tensor.of(0.0, 4.0).to(DType.FLOAT64).requiresGrad();
        try (var a = Anomaly.detect()) {
            Tensor y = x.sqrt().sum(); // finite forward, but d sqrt(x)/dx at 0 is Inf
            ArithmeticException e = assertThrows(ArithmeticException.class, y::backward);
            assertTrue(e.getMessage().contains("SqrtBackward"), e.getMessage());
            assertTrue(e.getMessage().contains("AnomalyTest.java"), e.getMessage());
        }
        assertFalse(Anomaly.isEnabled(), "detect() restores the previous state");
    }

    @Test
    void framesAreNamedByTheInstalledNamer() {
        Tensor x = Tensor.of(0.0, 4.0).requiresGrad();
        Anomaly.nameFramesWith(f -> "line " + f.getLineNumber() + " of " + f.getMethodName());
        try (var a = Anomaly.detect()) {
            ArithmeticException forward = assertThrows(ArithmeticException.class, () -> Tensor.of(-1.0).requiresGrad().log());
            assertTrue(forward.getMessage().matches("(?s).*called from line \\d+ of lambda\\$.*"), forward.getMessage());
            Tensor y = x.sqrt().sum();
            ArithmeticException backward = assertThrows(ArithmeticException.class, y::backward);
            assertTrue(backward.getMessage().matches("(?s).*created at line \\d+ of framesAreNamedByTheInstalledNamer"),
                    backward.getMessage());
        } finally {
            Anomaly.nameFramesWith(null);
        }
        try (var a = Anomaly.detect()) {
            Tensor y = x.sqrt().sum();
            assertTrue(assertThrows(ArithmeticException.class, y::backward).getMessage().contains("AnomalyTest.java"),
                    "null restores the default naming");
        }
    }

    @Test
    void detectRestoresEnabledState() {
        Anomaly.enable();
        try (var a = Anomaly.detect()) {
            assertTrue(Anomaly.isEnabled());
        }
        assertTrue(Anomaly.isEnabled());
    }

    @Test
    void withoutAnomalyModeCreationSiteIsNotRecorded() {
        Tensor y = Tensor.of(1, 2).requiresGrad().exp();
        assertTrue(y.gradFn().creationSite().contains("unknown"));
        Anomaly.enable();
        Tensor z = Tensor.of(1, 2).requiresGrad().exp();
        assertTrue(z.gradFn().creationSite().contains("AnomalyTest.java:"), z.gradFn().creationSite());
    }
}
