package jgrad.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Value histograms, one small chart per named tensor, laid out as a grid. */
public final class Histograms {
    static final int BINS = 40;
    /** Three histograms side by side fill a notebook column. */
    static final int COLUMNS = 3;
    static final int CELL_WIDTH = ChartStyle.WIDTH / COLUMNS;
    static final int CELL_HEIGHT = 280;

    private Histograms() {
    }

    /** Counts per bin over [min, max] of the values (all in one bin if they are equal). */
    public static double[] counts(double[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] counts = new double[bins];
        for (double v : values) {
            int b = hi == lo ? 0 : (int) Math.min(bins - 1, (v - lo) / (hi - lo) * bins);
            counts[b]++;
        }
        return counts;
    }

    /** About sqrt(n) bins, between 5 and {@link #BINS}: small tensors get coarse bins. */
    static int bins(int n) {
        return (int) Math.max(5, Math.min(BINS, Math.ceil(Math.sqrt(n))));
    }

    static XYChart chart(String title, double[] values) {
        XYChart chart = ChartStyle.xy(title, "", "", CELL_WIDTH, CELL_HEIGHT);
        chart.getStyler().setChartTitleFont(ChartStyle.TITLE_FONT.deriveFont(12f));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        int bins = bins(values.length);
        double[] counts = counts(values, bins);
        double width = hi == lo ? 1 : (hi - lo) / bins;
        // StepArea draws each count from its bin's left edge to the next one's
        double[] x = new double[bins];
        for (int b = 0; b < bins; b++) {
            x[b] = lo + b * width;
        }
        XYSeries s = chart.addSeries("count", x, counts);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        s.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    /** One histogram per entry, titled "name (n values, std s)"; null values are skipped. */
    public static ChartGrid grid(Map<String, double[]> named) {
        List<XYChart> charts = new ArrayList<>();
        named.forEach((name, values) -> {
            if (values != null && values.length > 0) {
                charts.add(chart(name + "  (std " + TrackerCharts.fmt(std(values)) + ")", values));
            }
        });
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("histograms: nothing to plot (no values)");
        }
        return new ChartGrid(charts, Math.min(COLUMNS, charts.size()), CELL_WIDTH, CELL_HEIGHT);
    }

    static double std(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean) / v.length;
        }
        return Math.sqrt(var);
    }
}
