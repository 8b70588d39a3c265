package jgrad.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.nn.Module;
import org.knowm.xchart.HeatMapChart;

/**
 * Per-parameter gradient L2 norms over training steps, shown as a heatmap (layers x steps).
 * Long runs are averaged into at most {@link #MAX_COLUMNS} columns so the chart stays readable.
 */
public final class GradNormHistory {
    static final int MAX_COLUMNS = 60;
    private final Map<String, Tensor> parameters;
    private final List<double[]> columns = new ArrayList<>();
    private final List<Long> steps = new ArrayList<>();

    /**
     * Prepares to record the gradient norm of each parameter of {@code model}; call {@link #record} after each
     * backward.
     */
    public GradNormHistory(Module model) {
        this.parameters = model.namedParameters();
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("trackGrads: the model has no parameters");
        }
    }

    /** Records the current gradient norm of every parameter (0 for a parameter with no grad). */
    public void record(long step) {
        double[] norms = new double[parameters.size()];
        int i = 0;
        for (Tensor p : parameters.values()) {
            norms[i++] = GradStats.l2(p.grad());
        }
        columns.add(norms);
        steps.add(step);
    }

    /** How many steps have been recorded. */
    public int recorded() {
        return columns.size();
    }

    /** The parameter names: {@code norms()[step][i]} belongs to {@code names().get(i)}. */
    public List<String> names() {
        return List.copyOf(parameters.keySet());
    }

    /** The recorded norms, [step][parameter]. */
    public double[][] norms() {
        return columns.toArray(new double[0][]);
    }

    /** Heatmap of log10 grad norm for an image of width x height; null before the first record. */
    public HeatMapChart heatmap(int width, int height) {
        if (columns.isEmpty()) {
            return null;
        }
        int buckets = Math.min(MAX_COLUMNS, columns.size());
        double[] starts = new double[buckets];
        List<String> names = names();
        List<Number[]> cells = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < buckets; b++) {
            int from = b * columns.size() / buckets;
            int to = (b + 1) * columns.size() / buckets;
            starts[b] = steps.get(from);
            for (int p = 0; p < names.size(); p++) {
                double sum = 0;
                for (int c = from; c < to; c++) {
                    sum += columns.get(c)[p];
                }
                double v = Math.log10(Math.max(sum / (to - from), 1e-12));
                lo = Math.min(lo, Math.floor(v * 10) / 10); // round the colour scale ends for the legend
                hi = Math.max(hi, Math.ceil(v * 10) / 10);
                cells.add(new Number[] {b, p, v});
            }
        }
        String widestName = names.stream().reduce("", (a, b) -> a.length() >= b.length() ? a : b);
        // the plot is what the row names and the colour scale leave of the width
        double plotWidth = width - ChartStyle.textWidth(widestName, ChartStyle.TICK_FONT) - 130;
        double last = steps.get(steps.size() - 1);
        List<String> x = SparseLabels.steps(starts, last, plotWidth, 8);
        List<String> y = SparseLabels.everyKth(names, SparseLabels.fittingRows(height - 110, names.size()));
        HeatMapChart chart = ChartStyle.heatMap("log10 grad norm per parameter", "step", "", width, height);
        chart.getStyler().setShowValue(false).setMin(lo).setMax(hi == lo ? lo + 1 : hi)
                .setXAxisLabelRotation(0).setLegendVisible(true).setPlotContentSize(1.0);
        chart.getStyler().setAxisTicksMarksVisible(false); // no comb of one tick per column
        chart.getStyler().setHeatMapValueDecimalPattern("0.0");
        chart.addSeries("log10 |grad|", x, y, cells);
        return chart;
    }
}
