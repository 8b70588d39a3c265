package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jgrad.autograd.Tensor;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Every chart kind rendered with 10, 1,000 and 100,000 points, read back as a person sees it:
 * at most ten tick labels per axis, nice values (1-2-5 steps) in one notation per axis, at least two
 * labelled ticks on a log axis, no label touching another at the rendered size, every title inside the
 * image and not cut, and no blank cell in a grid of charts. The PNGs are kept in target/charts/ for review.
 */
class ReadableChartsTest {
    private static final Readable.Axis NUMBERS = Readable.Axis.NUMBERS;

    /** A noisy decaying training loss over n steps. */
    private static double[] loss(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 2.3 * Math.exp(-5.0 * i / n) + 0.05 + 0.1 * r.nextDouble();
        }
        return y;
    }

    private static double[] steps(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private static void check(String name, Chart chart, Readable.Axis x, Readable.Axis y) {
        var xc = chart.xchart();
        Readable.check(name, xc, xc.getWidth(), xc.getHeight(), x, y);
        ChartFiles.save(name + ".png", chart.toPng());
    }

    /** The checks catch what a user saw before: XChart's own ticks on 5,000 steps overlap and are not nice. */
    @Test
    void theChecksFailOnXChartsOwnTicks() {
        XYChart raw = new XYChartBuilder().width(480).height(320).title("loss").xAxisTitle("step").yAxisTitle("loss").build();
        raw.addSeries("loss", steps(5000), loss(5000, 7));
        RenderedChart r = RenderedChart.asIs(raw, 480, 320);
        AssertionError e = assertThrows(AssertionError.class,
                () -> Readable.check("xchart alone", r, Readable.Axis.NUMBERS, Readable.Axis.NUMBERS));
        assertTrue(e.getMessage().contains("overlap") || e.getMessage().contains("not 1, 2 or 5"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void lineChart(int n) {
        check("line_" + n, Plots.line("Training loss", "step", "loss", steps(n), loss(n, 1)), NUMBERS, NUMBERS);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void sampledFunction(int n) {
        check("function_" + n, Plots.function("damped sine", x -> Math.exp(-x / n) * Math.sin(10.0 * x / n), 0, n, n),
                NUMBERS, NUMBERS);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void functionAndDerivativeOverWideRanges(int n) {
        check("plot_" + n, Plots.functionAndDerivative(x -> x.mul(x).mul(0.5), -n, n), NUMBERS, NUMBERS);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void curvesLinearAndLog(int n) {
        Map<String, List<Double>> runs = new LinkedHashMap<>();
        for (String name : List.of("SGD", "momentum", "Adam")) {
            List<Double> values = new ArrayList<>();
            for (double v : loss(n, name.hashCode())) {
                values.add(v);
            }
            runs.put(name, values);
        }
        check("curves_" + n, Plots.curves("Three optimizers", "step", "loss", runs, false), NUMBERS, NUMBERS);
        check("curves_log_" + n, Plots.curves("Three optimizers", "step", "loss", runs, true), NUMBERS, Readable.Axis.LOG);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void trackerWithOneMetric(int n) {
        Tracker t = new Tracker(DisplaySink.NONE);
        double[] y = loss(n, 2);
        for (int i = 0; i < n; i++) {
            t.log("loss", y[i]);
            t.step();
        }
        ChartGrid grid = t.finish().grid();
        assertEquals(1, grid.charts().size());
        assertTrue(grid.width() >= 700 && grid.width() <= 800, "one metric fills a notebook column: " + grid.width());
        Readable.check("tracker_one_" + n, grid.charts().get(0), grid.cellWidth(), grid.cellHeight(), NUMBERS, NUMBERS);
        ChartFiles.save("tracker_one_" + n + ".png", grid.toPng());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void trackerWithPanelsAndGradientHeatMap(int n) {
        Tensor.manualSeed(0);
        var model = new Sequential(new Linear(3, 8), new ReLU(), new Linear(8, 1));
        var x = Tensor.randn(8, 3);
        Loss.mse(model.call(x), x.sum(1, true)).backward();
        Tracker t = new Tracker(DisplaySink.NONE).trackGrads(model).smooth(0.9);
        double[] y = loss(n, 3);
        for (int i = 0; i < n; i++) {
            t.log("loss", y[i]);
            t.log("accuracy", Math.round(359 * (1 - Math.exp(-6.0 * i / n))) / 359.0);
            if (i % Math.max(1, n / 10) == 0) {
                t.log("val_loss", y[i] * 0.9);
            }
            t.step();
            if ((i + 1) % Math.max(1, n / 5) == 0) {
                t.epoch();
            }
        }
        ChartGrid grid = t.finish().grid();
        assertEquals(3, grid.charts().size());
        assertTrue(grid.width() >= 700 && grid.width() <= 800, "two panels fill a notebook column: " + grid.width());
        for (int i = 0; i < 2; i++) {
            Readable.check("tracker_panel" + i + "_" + n, grid.charts().get(i), grid.cellWidth(), grid.cellHeight(),
                    NUMBERS, NUMBERS);
        }
        RenderedChart heat = Readable.check("tracker_grads_" + n, grid.charts().get(2), grid.chartWidth(2),
                grid.cellHeight(), Readable.Axis.CATEGORIES, Readable.Axis.CATEGORIES);
        Readable.checkNiceMultiples("tracker_grads_" + n + " steps", heat.xLabels);
        assertEquals(4, heat.yLabels.size(), "every parameter named: " + Readable.texts(heat.yLabels));
        Readable.checkFilled("tracker_panels_" + n, grid);
        ChartFiles.save("tracker_panels_" + n + ".png", grid.toPng());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void histograms(int n) {
        Random r = new Random(4);
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String name : List.of("0.weight", "0.bias", "2.weight", "2.bias")) {
            double scale = name.endsWith("bias") ? 1e-3 : 1;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = r.nextGaussian() * scale;
            }
            values.put(name, v);
        }
        ChartGrid grid = Histograms.grid(values);
        for (int i = 0; i < grid.charts().size(); i++) {
            Readable.check("hist" + i + "_" + n, grid.charts().get(i), grid.chartWidth(i), grid.cellHeight(), NUMBERS, NUMBERS);
        }
        Readable.checkFilled("histograms_" + n, grid);
        ChartFiles.save("histograms_" + n + ".png", grid.toPng());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void gradFlowOverModelsOfNWeights(int n) {
        Tensor.manualSeed(5);
        int width = Math.max(1, n / 20);
        var model = new Sequential(new Linear(10, width), new ReLU(), new Linear(width, 10));
        var x = Tensor.randn(4, 10);
        Loss.mse(model.call(x), Tensor.zeros(4, 10)).backward();
        Chart chart = Plots.gradFlow(model);
        check("gradflow_" + n, chart, Readable.Axis.CATEGORIES, Readable.Axis.LOG);
    }

    /** Gradients that all lie within one decade: the log axis still gets two labelled powers of ten. */
    @Test
    void gradFlowWithinOneDecade() {
        var model = new Linear(2, 2);
        model.namedParameters().values().forEach(p -> p.assign(java.util.Arrays.stream(p.toArray()).map(v -> 0.5).toArray()));
        model.call(Tensor.ones(1, 2)).sum().backward(); // every |grad| is 1, every grad:data 2
        check("gradflow_one_decade", Plots.gradFlow(model), Readable.Axis.CATEGORIES, Readable.Axis.LOG);
    }

    /** A loss near 1e-3: its title keeps whole parts and its axis does not mix 8e-4 with 0.0012. */
    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void trackerWithASmallLoss(int n) {
        Tracker t = new Tracker(DisplaySink.NONE);
        Tracker panels = new Tracker(DisplaySink.NONE);
        double[] y = loss(n, 9);
        for (int i = 0; i < n; i++) {
            double small = 0.0008 + 0.00018 * y[i];
            t.log("loss", small);
            t.step();
            panels.log("mse", small);
            panels.log("mae", Math.sqrt(small));
            panels.step();
        }
        ChartGrid grid = t.finish().grid();
        RenderedChart one = Readable.check("tracker_small_" + n, grid.charts().get(0), grid.chartWidth(0), grid.cellHeight(),
                NUMBERS, NUMBERS);
        assertTrue(one.title.contains("max"), "a chart of its own has room for min and max: " + one.title);
        ChartFiles.save("tracker_small_" + n + ".png", grid.toPng());
        ChartGrid two = panels.finish().grid();
        for (int i = 0; i < 2; i++) {
            Readable.check("tracker_small_panel" + i + "_" + n, two.charts().get(i), two.chartWidth(i), two.cellHeight(),
                    NUMBERS, NUMBERS);
        }
        ChartFiles.save("tracker_small_panels_" + n + ".png", two.toPng());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void lrFinder(int n) {
        double[] lrs = new double[n];
        double[] losses = new double[n];
        for (int i = 0; i < n; i++) {
            lrs[i] = 1e-7 * Math.pow(1e8, i / (double) Math.max(1, n - 1));
            double t = Math.log10(lrs[i]);
            losses[i] = 2.3 - 1.5 / (1 + Math.exp(-3 * (t + 3))) + Math.exp(2 * (t - 0.5));
        }
        check("lrfind_" + n, LrFinder.chart(lrs, losses, lrs[n / 2]), Readable.Axis.LOG, NUMBERS);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void confusionMatrixOfNSamples(int n) {
        Random r = new Random(6);
        double[] labels = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(10);
            predicted[i] = r.nextDouble() < 0.9 ? labels[i] : r.nextInt(10);
        }
        ConfusionMatrix cm = ConfusionMatrix.of(labels, predicted, 10);
        assertEquals(n, cm.total());
        Chart chart = cm.chart();
        RenderedChart rendered = Readable.check("confusion_" + n, chart.xchart(), chart.xchart().getWidth(),
                chart.xchart().getHeight(), Readable.Axis.CATEGORIES, Readable.Axis.CATEGORIES);
        assertEquals(10, rendered.xLabels.size());
        assertEquals(List.of("9", "8", "7", "6", "5", "4", "3", "2", "1", "0"), Readable.texts(rendered.yLabels), "class 0 on top");
        ChartFiles.save("confusion_" + n + ".png", chart.toPng());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void landscapeWithPathsOfNSteps(int n) {
        check("landscape_" + n, Landscape.of(Surface.QUADRATIC, n).chart(), NUMBERS, NUMBERS);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void colorfulDimensionOverNSteps(int n) {
        Tensor.manualSeed(8);
        var model = new Sequential(new Linear(2, 4), new ReLU(), new Linear(4, 2));
        ColorfulDimension cd = new ColorfulDimension(model);
        var probe = Tensor.randn(16, 2);
        int records = Math.min(n, 200); // each record runs the model; the steps span n
        for (int i = 0; i < records; i++) {
            cd.record((long) i * n / records, probe);
        }
        ChartGrid grid = cd.chart();
        for (int i = 0; i < grid.charts().size(); i++) {
            RenderedChart r = Readable.check("colorful" + i + "_" + n, grid.charts().get(i), grid.chartWidth(i),
                    grid.cellHeight(), Readable.Axis.CATEGORIES, Readable.Axis.CATEGORIES);
            Readable.checkNiceMultiples("colorful" + i + "_" + n + " steps", r.xLabels);
            Readable.checkNiceMultiples("colorful" + i + "_" + n + " activations", r.yLabels);
        }
        Readable.checkFilled("colorful_" + n, grid);
        ChartFiles.save("colorful_" + n + ".png", grid.toPng());
    }

    /** Gradients vanishing over 20 decades: more than a log axis can label, drawn as log10 with powers of ten. */
    @ParameterizedTest
    @ValueSource(ints = {10, 1000, 100_000})
    void logCurvesOverTwentyDecades(int n) {
        List<Double> norms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            norms.add(Math.pow(10, -20.0 * i / Math.max(1, n - 1)));
        }
        Chart chart = Plots.curves("Vanishing gradients", "layer", "||dL/dW||", Map.of("sigmoid", norms), true);
        check("curves_decades_" + n, chart, NUMBERS, Readable.Axis.LOG);
        Tracker t = new Tracker(DisplaySink.NONE).logY(true);
        for (double v : norms) {
            t.log("grad_norm", v);
            t.step();
        }
        ChartGrid grid = t.finish().grid();
        Readable.check("tracker_decades_" + n, grid.charts().get(0), grid.cellWidth(), grid.cellHeight(), NUMBERS,
                Readable.Axis.LOG);
        ChartFiles.save("tracker_decades_" + n + ".png", grid.toPng());
    }
}
