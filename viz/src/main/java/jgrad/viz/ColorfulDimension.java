package jgrad.viz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.nn.Module;
import org.knowm.xchart.HeatMapChart;

/**
 * fastai's "colorful dimension": for each layer, the histogram of its activations over training
 * as a heatmap (steps across, activation value up, colour = log count). Healthy training shows
 * smooth bands; collapse to zero or exploding tails stand out. Call {@link #record(Tensor)} with
 * a fixed probe batch every few steps; each layer's value range is fixed at its first record
 * (x1.5) so the columns are comparable.
 */
public final class ColorfulDimension {
    static final int BINS = 40;
    static final int MAX_COLUMNS = 120;
    static final int CELL_WIDTH = ChartStyle.PANEL_WIDTH;
    static final int CELL_HEIGHT = ChartStyle.PANEL_HEIGHT;

    private final Module model;
    private final Map<String, double[]> ranges = new LinkedHashMap<>();
    private final Map<String, List<double[]>> columns = new LinkedHashMap<>();
    private final List<Long> steps = new ArrayList<>();

    /**
     * Prepares to chart the activations of every layer of a Sequential {@code model}; call {@link #record} with a fixed
     * probe batch as training goes.
     */
    public ColorfulDimension(Module model) {
        this.model = model;
    }

    /** Runs the probe through the model (see {@link Activations#record}) and adds one column per layer. */
    public void record(long step, Tensor probe) {
        Activations.record(model, probe).forEach((layer, t) -> {
            double[] v = t.toArray();
            double[] range = ranges.computeIfAbsent(layer, k -> initialRange(v));
            columns.computeIfAbsent(layer, k -> new ArrayList<>()).add(counts(v, range[0], range[1]));
        });
        steps.add(step);
    }

    /** How many times {@link #record} has run. */
    public int recorded() {
        return steps.size();
    }

    /** Layer name to its columns of bin counts, oldest first. */
    public Map<String, List<double[]>> columns() {
        return columns;
    }

    private static double[] initialRange(double[] v) {
        double lo = 0;
        double hi = 0;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi == lo ? new double[] {-1, 1} : new double[] {1.5 * lo, 1.5 * hi};
    }

    /** Counts per bin over [lo, hi]; values outside land in the end bins. */
    static double[] counts(double[] v, double lo, double hi) {
        double[] c = new double[BINS];
        for (double x : v) {
            int b = (int) Math.floor((x - lo) / (hi - lo) * BINS);
            c[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return c;
    }

    /** One heat map per layer: training steps across, activation values up, colour the log count. */
    public ChartGrid chart() {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("colorful dimension: nothing recorded yet; call record(step, probe)");
        }
        List<HeatMapChart> charts = new ArrayList<>();
        columns.forEach((layer, cols) -> charts.add(heatmap(layer, cols, ranges.get(layer))));
        return new ChartGrid(charts, 2, CELL_WIDTH, CELL_HEIGHT);
    }

    private HeatMapChart heatmap(String layer, List<double[]> recorded, double[] range) {
        // long runs: neighbouring records averaged into at most MAX_COLUMNS columns
        int buckets = Math.min(MAX_COLUMNS, recorded.size());
        List<double[]> cols = new ArrayList<>();
        double[] starts = new double[buckets];
        for (int k = 0; k < buckets; k++) {
            int from = k * recorded.size() / buckets;
            int to = (k + 1) * recorded.size() / buckets;
            double[] mean = new double[BINS];
            for (int c = from; c < to; c++) {
                for (int b = 0; b < BINS; b++) {
                    mean[b] += recorded.get(c)[b] / (to - from);
                }
            }
            cols.add(mean);
            starts[k] = steps.get(from);
        }
        double last = steps.get(steps.size() - 1);
        List<String> x = SparseLabels.steps(starts, last, CELL_WIDTH - 120, 6);
        double[] edges = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            edges[b] = range[0] + b * (range[1] - range[0]) / BINS;
        }
        List<String> y = SparseLabels.rows(edges, range[1], (CELL_HEIGHT - 110) / 2.0, 8);
        List<Number[]> cells = new ArrayList<>();
        double max = 0;
        for (int i = 0; i < cols.size(); i++) {
            for (int b = 0; b < BINS; b++) {
                double v = Math.log1p(cols.get(i)[b]);
                max = Math.max(max, v);
                cells.add(new Number[] {i, b, v});
            }
        }
        HeatMapChart chart = ChartStyle.heatMap(layer, "step", "activation", CELL_WIDTH, CELL_HEIGHT);
        chart.getStyler().setShowValue(false).setMin(0).setMax(max == 0 ? 1 : max).setLegendVisible(false)
                .setPlotContentSize(1.0);
        chart.getStyler().setAxisTicksMarksVisible(false); // no comb of one tick per column
        chart.getStyler().setRangeColors(new java.awt.Color[] {new java.awt.Color(20, 20, 60),
            new java.awt.Color(60, 140, 200), new java.awt.Color(250, 230, 80)});
        chart.addSeries("log(1 + count)", x, y, cells);
        return chart;
    }
}
