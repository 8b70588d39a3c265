package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class GradCheckTableTest {
    @Test
    void correctGradientsAreGreen() {
        Tensor a = Tensor.of(0.5, -1.0, 2.0);
        Tensor b = Tensor.of(1.5, 0.25, -0.75);
        GradCheckTable t = GradCheckTable.check(xs -> xs[0].mul(xs[1]).tanh(), a, b);
        assertTrue(t.result().passed());
        assertEquals(6, t.rows().size());
        // d/da tanh(a b) = b (1 - tanh^2(a b))
        double expected = 1.5 * (1 - Math.pow(Math.tanh(0.5 * 1.5), 2));
        assertEquals(expected, t.rows().get(0).analytic(), 1e-12);
        assertEquals(expected, t.rows().get(0).numerical(), 1e-7);
        assertTrue(t.rows().stream().allMatch(r -> r.relError() < 1e-6));
        assertTrue(t.toHtml().contains("passed"));
    }

    @Test
    void aWrongGradientIsRed() {
        // relu at exactly 0 is not differentiable: the finite difference says 0.5, backward 0 or 1
        GradCheckTable t = GradCheckTable.check(xs -> xs[0].relu(), Tensor.of(0.0, 1.0));
        assertFalse(t.result().passed());
        assertEquals("wrong", GradCheckTable.band(t.rows().get(0).relError()));
        assertTrue(t.toHtml().contains("#f6c0c0"));
        assertEquals("fine", GradCheckTable.band(t.rows().get(1).relError()));
        assertEquals("suspicious", GradCheckTable.band(1e-4));
    }

    @Test
    void functionAndDerivativeUsesAutograd() {
        Chart c = Plots.functionAndDerivative(x -> x.tanh(), -3, 3);
        XYChart xy = (XYChart) c.xchart();
        double[] x = xy.getSeriesMap().get("f(x)").getXData();
        double[] dy = xy.getSeriesMap().get("f'(x) (autograd)").getYData();
        for (int i = 0; i < x.length; i += 20) {
            assertEquals(1 - Math.pow(Math.tanh(x[i]), 2), dy[i], 1e-12);
        }
        assertTrue(ChartFiles.isPng(ChartFiles.save("plot-tanh.png", c.toPng())));
    }
}
