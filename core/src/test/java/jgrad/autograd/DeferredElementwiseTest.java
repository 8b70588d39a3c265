package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Large elementwise results are deferred (computed on first read, chained ops in one pass); every way of
 * reading them must give exactly the values an eager computation gives.
 */
class DeferredElementwiseTest {
    private static final int N = 100_003; // above the deferral threshold, not a multiple of the block size

    private static Tensor ramp(DType dtype) {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) v[i] = Math.sin(i * 0.37) * 3;
        return Tensor.fromData(v, new int[] {N}, dtype);
    }

    private static double chain(double v) { return Math.exp(Math.max(2 * v + 1, 0) * 0.25); }

    @Test
    void aChainIsDeferredAndGivesTheEagerValues() {
        for (DType dtype : DType.values()) {
            Tensor x = ramp(dtype);
            Tensor y = x.mul(2).add(1).relu().mul(0.25).exp();
            assertNotNull(y.storage().deferral(), "a large elementwise result waits to be read");
            double[] xs = x.toArray(), ys = y.toArray();
            assertNull(y.storage().deferral(), "reading computes it");
            for (int i = 0; i < N; i++) {
                double want = dtype == DType.FLOAT64 ? chain(xs[i]) : eagerFloat(xs[i]);
                assertEquals(want, ys[i], dtype == DType.FLOAT64 ? 1e-12 * want : 0, "element " + i);
            }
        }
    }

    /** The same chain op by op in float, each result stored as a float (what an eager float32 run gives). */
    private static double eagerFloat(double v) {
        float a = (float) v * 2f;
        a = a + 1f;
        a = Math.max(a, 0f);
        a = a * 0.25f;
        return (float) Math.exp(a);
    }

    @Test
    void aChainOfSeveralFusedStagesAndPlainOpsGivesTheEagerFloatValues() {
        Tensor x = ramp(DType.FLOAT32);
        Tensor y = x.neg().relu().mul(2).clamp(-1, 0.5).add(3).relu().mul(0.5).tanh().sub(1).mul(-2).relu();
        assertNotNull(y.storage().deferral());
        double[] xs = x.toArray(), ys = y.toArray();
        for (int i = 0; i < N; i++) {
            float a = -(float) xs[i];
            a = Math.max(a, 0f) * 2f;
            a = Math.min(Math.max(a, -1f), 0.5f) + 3f;
            a = Math.max(a, 0f) * 0.5f;
            a = (float) Math.tanh(a);
            a = Math.max((a - 1f) * -2f, 0f);
            assertEquals(a, ys[i], 0, "element " + i);
        }
        double sum = 0;
        for (double v : ys) sum += v;
        assertEquals(sum, x.neg().relu().mul(2).clamp(-1, 0.5).add(3).relu().mul(0.5).tanh().sub(1).mul(-2).relu().sum().item(),
                1e-6 * sum, "the sum of a chain that is not one stage");
    }

    @Test
    void gradientsOfAChainOfSeveralStagesAccumulateExactly() {
        for (DType dtype : DType.values()) {
            Tensor x = ramp(dtype).requiresGrad();
            x.mul(2).add(1).relu().mul(3).relu().add(-1).relu().sum().backward();
            double[] xs = x.toArray(), g = x.grad().toArray();
            for (int i = 0; i < N; i++) {
                double want = 3 * Math.max(2 * xs[i] + 1, 0) - 1 > 0 ? 6.0 : 0.0;
                if (dtype == DType.FLOAT32) {
                    float h = Math.max((float) xs[i] * 2f + 1f, 0f) * 3f - 1f;
                    want = h > 0 ? 6.0 : 0.0;
                }
                assertEquals(want, g[i], "grad " + i);
            }
            x.mul(2).add(1).relu().mul(3).relu().add(-1).relu().sum().backward();
            double[] g2 = x.grad().toArray();
            for (int i = 0; i < N; i++) assertEquals(2 * g[i], g2[i], "accumulated grad " + i);
        }
    }

    @Test
    void intermediatesOfAChainStayReadable() {
        Tensor x = ramp(DType.FLOAT64);
        Tensor a = x.mul(2);
        Tensor b = a.add(1);
        Tensor c = b.relu();
        assertEquals(2 * x.toArray()[17] + 1, b.toArray()[17], 1e-15);
        assertEquals(2 * x.toArray()[17], a.toArray()[17], 1e-15);
        assertEquals(Math.max(0, 2 * x.toArray()[5] + 1), c.get(5).item(), 1e-15);
        assertEquals(c.toArray()[N - 1], c.reshape(1, N).t().get(N - 1, 0).item());
    }

    @Test
    void fullSumOfAChainMatchesTheSumOfItsValues() {
        for (DType dtype : DType.values()) {
            Tensor x = ramp(dtype);
            double fused = x.mul(2).add(1).relu().sum().item();
            double stored = 0;
            for (double v : x.mul(2).add(1).relu().toArray()) stored += v;
            assertEquals(stored, fused, Math.abs(stored) * (dtype == DType.FLOAT32 ? 1e-6 : 1e-12));
        }
    }

    @Test
    void writingTheSourceAfterwardsDoesNotChangeADeferredResult() {
        Tensor x = ramp(DType.FLOAT32);
        double before = x.toArray()[123];
        Tensor y = x.mul(3).add(0.5);
        x.assign(new double[N]); // in-place write, as an optimizer step does
        assertEquals((float) ((float) before * 3f + 0.5f), y.toArray()[123]);
        assertEquals(0.5, x.mul(3).add(0.5).toArray()[123]);
    }

    @Test
    void manyDeferredResultsOfOneSourceAllKeepTheirValuesWhenItIsWritten() {
        Tensor x = ramp(DType.FLOAT32);
        float at7 = (float) x.toArray()[7];
        java.util.List<Tensor> kept = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Tensor y = x.mul(2).add(i);
            if (i % 97 == 0) kept.add(y); // the rest are left for the collector, as a training loop leaves them
            if (i % 500 == 0) y.toArray(); // and some are computed before the write
        }
        x.assign(new double[N]);
        for (int k = 0; k < kept.size(); k++) {
            assertEquals(at7 * 2f + (float) (k * 97), kept.get(k).toArray()[7], 0, "result " + k * 97);
        }
    }

    @Test
    void gradientsThroughADeferredChainMatchTheFormula() {
        for (DType dtype : DType.values()) {
            Tensor x = ramp(dtype).requiresGrad();
            x.mul(2).add(1).relu().sum().backward();
            double[] xs = x.toArray(), g = x.grad().toArray();
            for (int i = 0; i < N; i++) assertEquals(2 * xs[i] + 1 > 0 ? 2.0 : 0.0, g[i], "grad " + i);
            x.mul(2).add(1).relu().sum().backward(); // accumulates in place
            double[] g2 = x.grad().toArray();
            for (int i = 0; i < N; i++) assertEquals(2 * g[i], g2[i], "accumulated grad " + i);
        }
    }

    @Test
    void aGradientStillPendingIsFixedBeforeAnInPlaceStepOverwritesItsSource() {
        for (DType dtype : DType.values()) {
            Tensor x = ramp(dtype).requiresGrad();
            x.mul(2).add(1).relu().sum().backward();
            double[] xs = x.toArray();
            try (var off = Grad.disabled()) {
                x.sub_(100); // every 2x + 1 would now be negative
            }
            double[] g = x.grad().toArray();
            for (int i = 0; i < N; i++) assertEquals(2 * xs[i] + 1 > 0 ? 2.0 : 0.0, g[i], "grad " + i);
        }
    }

    @Test
    void reluGradientOfASumKeepsNaNsAndScalesByTheIncomingValue() {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) v[i] = i % 3 == 0 ? -1 : i % 3 == 1 ? 2 : Double.NaN;
        for (DType dtype : DType.values()) {
            Tensor x = Tensor.fromData(v, new int[] {N}, dtype).requiresGrad();
            x.relu().sum().mul(3).backward();
            double[] g = x.grad().toArray();
            for (int i = 0; i < N; i++) {
                assertEquals(i % 3 == 0 ? 0.0 : 3.0, g[i], "grad " + i + " (PyTorch passes the gradient at NaN)");
            }
        }
    }

    @Test
    void threadsReadingOneDeferredResultAllSeeTheSameValues() throws Exception {
        Tensor x = ramp(DType.FLOAT32);
        double[] want = x.mul(2).add(1).tanh().toArray();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                Tensor y = x.mul(2).add(1).tanh();
                @SuppressWarnings("unchecked")
                Future<double[]>[] reads = new Future[4];
                for (int t = 0; t < reads.length; t++) reads[t] = pool.submit(y::toArray);
                for (Future<double[]> r : reads) org.junit.jupiter.api.Assertions.assertArrayEquals(want, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anomalyModeStillNamesTheOpThatMadeANaN() {
        Tensor x = ramp(DType.FLOAT32);
        try (Anomaly mode = Anomaly.detect()) {
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> x.sub(10).log());
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("log"), e.getMessage());
        }
    }
}
