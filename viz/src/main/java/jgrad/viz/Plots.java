package jgrad.viz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import jgrad.autograd.Tensor;
import jgrad.nn.Module;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One-line chart shortcuts for notebooks, in the spirit of XChart's QuickChart. */
public final class Plots {
    private Plots() {
    }

    /** A line chart of y against x. */
    public static Chart line(String title, String xLabel, String yLabel, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "Plots.line: x has " + x.length + " points but y has " + y.length);
        }
        XYChart chart = newXY(title, xLabel, yLabel);
        chart.addSeries(yLabel.isEmpty() ? "y" : yLabel, x, y).setMarker(SeriesMarkers.NONE);
        return new Chart(chart);
    }

    /**
     * One line per named series against 0, 1, 2, ... (the state before training first), with a
     * legend below the plot; a log y axis when logY (values <= 0 are left out of it).
     */
    public static Chart curves(String title, String xLabel, String yLabel,
                               Map<String, ? extends List<? extends Number>> series, boolean logY) {
        return Curves.chart(title, xLabel, yLabel, series, logY);
    }

    /** A confusion matrix of class labels against predictions (both class indices 0..classes-1). */
    public static Chart confusionMatrix(double[] labels, double[] predicted, int classes) {
        return ConfusionMatrix.of(labels, predicted, classes).chart();
    }

    /**
     * Images of a dataset side by side, each with a caption underneath (e.g. "7 → 1"): inputs of
     * shape [H, W], [1, H, W] or [3, H, W], up to ten per row.
     */
    public static ImageGrid images(jgrad.data.Dataset data, List<Integer> indices,
                                   java.util.function.IntFunction<String> caption) {
        return ImageGrid.of(data, indices, caption);
    }

    /** Loss per step, the first chart of every training notebook. */
    public static Chart lossCurve(List<? extends Number> losses) {
        if (losses.isEmpty()) {
            throw new IllegalArgumentException("Plots.lossCurve: no loss values to plot");
        }
        double[] steps = new double[losses.size()];
        double[] values = new double[losses.size()];
        for (int i = 0; i < values.length; i++) {
            steps[i] = i;
            values[i] = losses.get(i).doubleValue();
        }
        return line("Training loss", "step", "loss", steps, values);
    }

    /** Samples f on [from, to] at n points. */
    public static Chart function(String title, DoubleUnaryOperator f, double from, double to, int n) {
        if (n < 2 || !(to > from)) {
            throw new IllegalArgumentException(
                    "Plots.function: need n >= 2 and from < to, got n=" + n + ", from=" + from + ", to=" + to);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + (to - from) * i / (n - 1);
            y[i] = f.applyAsDouble(x[i]);
        }
        return line(title, "x", "f(x)", x, y);
    }

    /** f and its derivative by autograd on [from, to]; f acts elementwise, e.g. {@code x -> x.tanh()}. */
    public static Chart functionAndDerivative(UnaryOperator<Tensor> f, double from, double to) {
        return FunctionPlot.chart("f and f'", f, from, to);
    }

    /** The autograd graph that produced t, as SVG, with every module block open. */
    public static GraphView graph(Tensor t) {
        return GraphView.of(t, null, Integer.MAX_VALUE);
    }

    /**
     * The autograd graph with parameters and module blocks named after the model (null: the model
     * the graph was built by), module calls nested deeper than depth levels folded into boxes.
     */
    public static GraphView graph(Tensor t, Module model, int depth) {
        return GraphView.of(t, model, depth);
    }

    /** Mean and max |grad| and grad:data per parameter, input layer first; see {@link GradFlow}. */
    public static Chart gradFlow(Module model) {
        return GradFlow.of(model).chart();
    }

    /** A histogram of each parameter's gradient (parameters without a gradient are left out). */
    public static ChartGrid gradHist(Module model) {
        Map<String, double[]> grads = new LinkedHashMap<>();
        model.namedParameters().forEach((name, p) -> grads.put(name, p.grad() == null ? null : p.grad().toArray()));
        if (grads.values().stream().allMatch(g -> g == null)) {
            throw new IllegalArgumentException("gradHist: no parameter has a gradient yet; call backward() first");
        }
        return Histograms.grid(grads);
    }

    /** Histograms of each layer's output for one input; see {@link Activations#record}. */
    public static ChartGrid actHist(Module model, Tensor input) {
        return actHist(Activations.record(model, input));
    }

    /** Histograms of named activations collected by hand. */
    public static ChartGrid actHist(Map<String, Tensor> activations) {
        Map<String, double[]> values = new LinkedHashMap<>();
        activations.forEach((name, t) -> values.put(name, t.toArray()));
        return Histograms.grid(values);
    }

    static XYChart newXY(String title, String xLabel, String yLabel) {
        return ChartStyle.xy(title, xLabel, yLabel, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }
}
