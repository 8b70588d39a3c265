package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cells of notebooks written against API that has since been replaced (kept one release as {@code @Deprecated}
 * delegates) still compile with the kernel's imports and give what the replacement gives.
 */
class DeprecatedApiCellsTest {
    private static CodeEvaluator eval;

    @BeforeAll
    static void start() {
        eval = new CodeEvaluator();
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    @Test
    void conv2dConvStillRuns() throws Exception {
        eval.eval("Tensor.manualSeed(1);\nvar cx = Tensor.randn(1, 2, 5, 5);\nvar cw = Tensor.randn(3, 2, 3, 3);\n"
                + "var cb = Tensor.randn(3);");
        assertEquals(true, eval.eval("Arrays.equals(Conv2d.conv(cx, cw, cb, 1, 1).toArray(), "
                + "Functional.conv2d(cx, cw, cb, 1, 1).toArray())"));
    }

    @Test
    void embeddingLookupStillRuns() throws Exception {
        assertEquals("[20.0, 21.0, 0.0, 1.0]", eval.eval("Arrays.toString(Embedding.lookup("
                + "Tensor.of(new double[][] {{0, 1}, {10, 11}, {20, 21}}), Tensor.of(2.0, 0.0), \"rows\").toArray())"));
    }

    @Test
    void chartToSvgStillRuns() throws Exception {
        eval.eval("var oldChart = Plots.line(\"loss\", \"step\", \"loss\", new double[] {0, 1}, new double[] {1, 0});");
        assertEquals(true, eval.eval("oldChart.toSvg().equals(oldChart.svg())"));
    }
}
