package jgrad.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.nn.Module;
import org.knowm.xchart.CategoryChart;

/**
 * Gradient flow through a model after backward(): mean and max |grad| of every parameter in
 * registration order (input layer first), and the update scale grad:data (||grad|| / ||data||).
 * Parameters without a gradient are listed as such instead of failing.
 */
public final class GradFlow {
    /** One parameter's statistics; the numbers are NaN when {@code hasGrad} is false. */
    public record Row(String name, boolean hasGrad, double meanAbs, double maxAbs, double gradToData) {
    }

    private final List<Row> rows;

    private GradFlow(List<Row> rows) {
        this.rows = rows;
    }

    /** The gradient statistics of every parameter of {@code model}, read after loss.backward(). */
    public static GradFlow of(Module model) {
        Map<String, Tensor> params = model.namedParameters();
        if (params.isEmpty()) {
            throw new IllegalArgumentException("gradFlow: the model has no parameters");
        }
        List<Row> rows = new ArrayList<>();
        params.forEach((name, p) -> {
            Tensor g = p.grad();
            if (g == null) {
                rows.add(new Row(name, false, Double.NaN, Double.NaN, Double.NaN));
            } else {
                double data = GradStats.l2(p);
                rows.add(new Row(name, true, GradStats.meanAbs(g), GradStats.maxAbs(g),
                        data == 0 ? Double.NaN : GradStats.l2(g) / data));
            }
        });
        return new GradFlow(rows);
    }

    /** One row per parameter, input layer first. */
    public List<Row> rows() {
        return rows;
    }

    /** Bars per parameter on a log axis; "(no grad)" is appended to parameters without one. */
    public Chart chart() {
        CategoryChart chart = ChartStyle.category("Gradient flow", "parameter (input → output)", "|grad|",
                ChartStyle.WIDTH, ChartStyle.HEIGHT);
        chart.getStyler().setXAxisLabelRotation(30);
        ChartStyle.legendBelow(chart.getStyler());
        List<String> names = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        boolean positive = true;
        for (Row r : rows) {
            names.add(r.hasGrad() ? r.name() : r.name() + " (no grad)");
            mean.add(r.hasGrad() ? r.meanAbs() : null);
            max.add(r.hasGrad() ? r.maxAbs() : null);
            ratio.add(r.hasGrad() && Double.isFinite(r.gradToData()) ? r.gradToData() : null);
            positive &= !r.hasGrad() || r.meanAbs() > 0;
        }
        boolean any = mean.stream().anyMatch(v -> v != null);
        if (!any) { // nothing to draw on a log axis: show the names with empty bars
            mean.replaceAll(v -> 0.0);
            positive = false;
        }
        chart.getStyler().setYAxisLogarithmic(positive);
        if (positive) { // XChart's log axis: its own labels, not the linear ones
            chart.getStyler().setyAxisTickLabelsFormattingFunction(null);
        }
        // labels slanted at 30 degrees need about 30 px each; with more parameters, every k-th is named
        names = SparseLabels.everyKth(names, (ChartStyle.WIDTH - 120) / 30);
        if (positive) { // bars start at 0 unless told otherwise, which a log axis cannot show
            var values = java.util.stream.Stream.of(mean, max, ratio).flatMap(List::stream)
                    .filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue).summaryStatistics();
            double[] range = NiceAxes.twoDecades(values.getMin() / 2, values.getMax()); // two labelled ticks at least
            chart.getStyler().setYAxisMin(range[0]).setYAxisMax(range[1])
                    .setYAxisDecimalPattern(NiceAxes.logPattern(range[0], range[1]));
        }
        chart.addSeries("max |grad|", names, max);
        chart.addSeries("mean |grad|", names, mean);
        chart.addSeries("grad:data", names, ratio);
        return new Chart(chart);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("%-24s %12s %12s %12s%n", "parameter", "mean|grad|", "max|grad|",
                "grad:data"));
        for (Row r : rows) {
            if (r.hasGrad()) {
                sb.append(String.format(java.util.Locale.ROOT, "%-24s %12.4e %12.4e %12.4e%n", r.name(), r.meanAbs(),
                        r.maxAbs(), r.gradToData()));
            } else {
                sb.append(String.format("%-24s %12s%n", r.name(), "no grad"));
            }
        }
        return sb.toString().stripTrailing();
    }
}
