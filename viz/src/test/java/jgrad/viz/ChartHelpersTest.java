package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.data.Datasets;
import jgrad.data.TensorDataset;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The chart helpers notebooks used to paste: Plots.curves, the confusion matrix and the image grid. */
class ChartHelpersTest {
    @Test
    void curvesDrawOneLinePerSeriesAgainstTheIndexWithALegend() {
        Map<String, List<Double>> runs = new LinkedHashMap<>();
        runs.put("lr 0.1", List.of(1.0, 0.5, 0.25));
        runs.put("lr 0.01", List.of(1.0, 0.9, 0.8));
        XYChart chart = (XYChart) Plots.curves("runs", "epoch", "loss", runs, true).xchart();
        assertArrayEquals(new double[] {0, 1, 2}, chart.getSeriesMap().get("lr 0.1").getXData(), 0);
        assertArrayEquals(new double[] {1.0, 0.9, 0.8}, chart.getSeriesMap().get("lr 0.01").getYData(), 0);
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        assertTrue(chart.getStyler().isLegendVisible());
        ChartFiles.save("curves_small.png", new Chart(chart).toPng());
    }

    @Test
    void curvesLeaveNonPositiveValuesOutOfALogAxis() {
        Map<String, List<Double>> runs = Map.of("loss", List.of(1.0, 0.0, -1.0, 0.5));
        XYChart chart = (XYChart) Plots.curves("t", "x", "y", runs, true).xchart();
        double[] y = chart.getSeriesMap().get("loss").getYData();
        assertEquals(1.0, y[0]);
        assertTrue(Double.isNaN(y[1]) && Double.isNaN(y[2]), "gaps, not a failure");
        assertTrue(ChartFiles.isPng(new Chart(chart).toPng()));
    }

    @Test
    void curvesNameBadInput() {
        var none = assertThrows(IllegalArgumentException.class, () -> Plots.curves("t", "x", "y", Map.of(), false));
        assertTrue(none.getMessage().contains("no series"), none.getMessage());
        var empty = assertThrows(IllegalArgumentException.class,
                () -> Plots.curves("t", "x", "y", Map.of("a", List.of()), false));
        assertTrue(empty.getMessage().contains("'a' has no values"), empty.getMessage());
    }

    @Test
    void confusionMatrixCountsTrueByPredicted() {
        double[] labels = {0, 0, 1, 2, 2, 2};
        double[] predicted = {0, 1, 1, 2, 2, 0};
        ConfusionMatrix cm = ConfusionMatrix.of(labels, predicted, 3);
        assertArrayEquals(new int[][] {{1, 1, 0}, {0, 1, 0}, {1, 0, 2}}, cm.counts());
        assertEquals(4.0 / 6, cm.accuracy(), 1e-12);
        assertTrue(cm.toString().startsWith("ConfusionMatrix(classes=3, total=6, accuracy=0.6667)"), cm.toString());
        assertTrue(ChartFiles.isPng(ChartFiles.save("confusion_small.png", cm.chart().toPng())));
        assertEquals(cm.total(), ConfusionMatrix.of(Tensor.of(labels), Tensor.of(predicted), 3).total());
    }

    @Test
    void confusionMatrixNamesBadInput() {
        var length = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new double[2], new double[3], 2));
        assertTrue(length.getMessage().contains("2 labels but 3 predictions"), length.getMessage());
        var range = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new double[] {0, 5}, new double[] {0, 1}, 3));
        assertTrue(range.getMessage().contains("label 5 at index 1 is not a class index in 0..2"), range.getMessage());
        var fraction = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new double[] {0}, new double[] {0.5}, 3));
        assertTrue(fraction.getMessage().contains("prediction 0.5000"), fraction.getMessage());
    }

    @Test
    void imageGridDrawsDigitsWithCaptions() {
        TensorDataset digits = Datasets.digits().withInputShape(1, 8, 8);
        ImageGrid grid = Plots.images(digits, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                i -> "label " + (int) digits.target(i));
        BufferedImage image = grid.image();
        assertEquals(12, grid.size());
        assertTrue(image.getWidth() > 600 && image.getWidth() <= 800, "ten per row: " + image.getWidth());
        assertTrue(image.getHeight() > 2 * 64, "two rows: " + image.getHeight());
        assertTrue(ChartFiles.isPng(ChartFiles.save("digits.png", grid.toPng())));
        assertEquals("ImageGrid(12 images of 8x8)", grid.toString());
    }

    @Test
    void imageGridTakesTensorsOfGreyOrColourImages() {
        ImageGrid rgb = ImageGrid.of(Tensor.rand(3, 3, 5, 4), List.of("a", "b", "c"), 2);
        assertEquals(3, rgb.size());
        assertTrue(ChartFiles.isPng(rgb.toPng()));
        var shape = assertThrows(IllegalArgumentException.class, () -> ImageGrid.of(Tensor.rand(2, 2, 4, 4), null, 2));
        assertTrue(shape.getMessage().contains("[H, W], [1, H, W] or [3, H, W], got [2, 4, 4]"), shape.getMessage());
        var captions = assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.of(Tensor.rand(2, 4, 4), List.of("only one"), 2));
        assertTrue(captions.getMessage().contains("2 images but 1 captions"), captions.getMessage());
    }

    @Test
    void svgHasThePngsSizeAndTheSameNiceTicks() {
        Chart chart = Plots.line("loss", "step", "loss", new double[] {0, 2500, 5000}, new double[] {2, 1, 0.5});
        String svg = chart.svg();
        assertTrue(svg.contains("width=\"760\"") && svg.contains("height=\"420\""), svg.substring(0, 300));
        // XChart writes text as outlines, so the SVG's letters are the PNG's at any zoom; ticks come from the same prepare step
        var styler = ((XYChart) chart.xchart()).getStyler();
        assertEquals("2.5k", styler.getxAxisTickLabelsFormattingFunction().apply(2500.0));
    }

    /** Chart.toSvg was renamed svg() (so that the kernel stops sending SVG by default); code calling it still runs. */
    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedToSvgGivesWhatSvgGives() {
        Chart chart = Plots.line("loss", "step", "loss", new double[] {0, 1, 2}, new double[] {2, 1, 0.5});
        assertEquals(chart.svg(), chart.toSvg());
    }
}
