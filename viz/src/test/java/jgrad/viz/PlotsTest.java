package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class PlotsTest {

    @Test
    void lossCurveHoldsTheLossesInStepOrder() {
        Chart chart = Plots.lossCurve(List.of(3.0, 2.0, 1.5));
        XYSeries series = ((XYChart) chart.xchart()).getSeriesMap().get("loss");
        assertArrayEquals(new double[] {3.0, 2.0, 1.5}, series.getYData(), 0.0);
        assertArrayEquals(new double[] {0, 1, 2}, series.getXData(), 0.0);
        assertEquals("Training loss", chart.xchart().getTitle());
    }

    @Test
    void functionSamplesEndpointsExactly() {
        Chart chart = Plots.function("square", x -> x * x, -2, 2, 5);
        XYSeries series = ((XYChart) chart.xchart()).getSeriesMap().get("f(x)");
        assertArrayEquals(new double[] {4, 1, 0, 1, 4}, series.getYData(), 1e-12);
    }

    @Test
    void pngIsARealPngAndIsWrittenForReview() throws Exception {
        byte[] png = Plots.lossCurve(List.of(1.0, 0.5, 0.25, 0.2)).toPng();
        assertTrue(png.length > 1000, "PNG too small: " + png.length);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        Path out = Path.of("target", "charts", "loss_curve.png");
        Files.createDirectories(out.getParent());
        Files.write(out, png);
    }

    @Test
    void badInputNamesTheProblem() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plots.line("t", "x", "y", new double[3], new double[2]));
        assertTrue(e.getMessage().contains("x has 3 points but y has 2"), e.getMessage());
        var empty = assertThrows(IllegalArgumentException.class, () -> Plots.lossCurve(List.of()));
        assertTrue(empty.getMessage().contains("no loss values"), empty.getMessage());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang (XChart tick search), not a speed
    void histogramOfVanishingGradientsRenders() {
        double[] tiny = new double[64];
        for (int i = 0; i < tiny.length; i++) tiny[i] = (i % 7 - 3) * 1e-9;
        byte[] png = Histograms.grid(Map.of("0.weight", tiny)).toPng();
        assertEquals((byte) 0x89, png[0]);
    }
}
