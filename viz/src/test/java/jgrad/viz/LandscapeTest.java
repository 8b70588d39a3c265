package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class LandscapeTest {
    @Test
    void surfacesAgreeWithTheirPlainFormulas() {
        for (Surface s : Surface.values()) {
            Tensor x = Tensor.fromData(new double[] {0.7}, new int[0], DType.FLOAT64);
            Tensor y = Tensor.fromData(new double[] {-0.3}, new int[0], DType.FLOAT64);
            assertEquals(s.at(0.7, -0.3), s.apply(x, y).item(), 1e-9, s.name());
        }
    }

    @Test
    void everyOptimizerStartsAtTheStartAndAdamConvergesOnTheQuadratic() {
        Landscape l = Landscape.of(Surface.QUADRATIC, 300);
        assertEquals(4, l.paths().size());
        for (double[][] path : l.paths().values()) {
            assertEquals(-2.5, path[0][0]);
            assertEquals(1.2, path[1][0]);
        }
        double[][] adam = l.paths().get("Adam");
        int last = adam[0].length - 1;
        assertTrue(Surface.QUADRATIC.at(adam[0][last], adam[1][last]) < 1e-2 * Surface.QUADRATIC.at(-2.5, 1.2));
        double[][] sgd = l.paths().get("SGD");
        assertEquals(301, sgd[0].length, "SGD does not diverge at this learning rate");
        assertThrows(IllegalArgumentException.class, () -> Landscape.of(Surface.BEALE, 0));
    }

    @Test
    void contourOfACircleLiesOnTheCircle() {
        int n = 41;
        double[] g = new double[n];
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            g[i] = -2 + 4.0 * i / (n - 1);
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                z[j][i] = g[i] * g[i] + g[j] * g[j];
            }
        }
        double[][] seg = Contours.level(g, g, z, 1.0);
        assertTrue(seg[0].length > 30);
        for (int k = 0; k < seg[0].length; k++) {
            if (!Double.isNaN(seg[0][k])) {
                assertEquals(1.0, Math.hypot(seg[0][k], seg[1][k]), 0.01);
            }
        }
    }

    @Test
    void chartsRender() {
        for (Surface s : Surface.values()) {
            Chart c = Landscape.of(s, 1000).chart();
            assertTrue(ChartFiles.isPng(ChartFiles.save("landscape-" + s.name().toLowerCase(Locale.ROOT) + ".png",
                    c.toPng())));
        }
    }
}
