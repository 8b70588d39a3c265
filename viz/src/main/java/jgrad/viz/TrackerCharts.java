package jgrad.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One subplot per metric group ("loss" with "val_loss"), each with the raw values (faded when
 * smoothed), the EMA, min/max marks and dotted lines at epoch boundaries.
 */
final class TrackerCharts {
    private static final Color[] COLORS = ChartStyle.COLORS;

    private TrackerCharts() {
    }

    /** Epoch boundaries are drawn as dotted vertical lines when there are at most this many. */
    static final int MAX_EPOCH_LINES = 50;

    static List<XYChart> metrics(Iterable<MetricSeries> all, double smooth, boolean logY, List<Long> epochSteps) {
        Map<String, List<MetricSeries>> groups = new LinkedHashMap<>();
        for (MetricSeries s : all) {
            if (s.size() > 0) {
                groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
            }
        }
        List<XYChart> charts = new ArrayList<>();
        groups.forEach((group, series) -> charts.add(subplot(group, series, smooth, logY)));
        if (epochSteps.size() <= MAX_EPOCH_LINES) {
            for (XYChart chart : charts) {
                chart.getStyler().setAnnotationLineColor(Color.GRAY).setAnnotationLineStroke(
                        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
                epochSteps.forEach(step -> chart.addAnnotation(new AnnotationLine(step, true, false)));
            }
        }
        return charts;
    }

    private static XYChart subplot(String group, List<MetricSeries> series, double smooth, boolean logY) {
        XYChart chart = ChartStyle.xy(title(group, series), "step", group, ChartStyle.PANEL_WIDTH, ChartStyle.PANEL_HEIGHT);
        boolean positive = series.stream().allMatch(MetricSeries::allPositive);
        boolean log = logY && positive;
        // more decades than a log axis can label: log10 of the values on a linear axis
        boolean wide = log && NiceAxes.tooManyDecades(series.stream().map(MetricSeries::values).toList());
        chart.getStyler().setYAxisLogarithmic(log);
        if (wide) {
            NiceAxes.powersOfTenOnY(chart);
        }
        for (int i = 0; i < series.size(); i++) {
            addMetric(chart, series.get(i), COLORS[i % COLORS.length], smooth, wide);
        }
        // one line needs no legend: the title and the y axis name it
        if (chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).count() > 1) {
            ChartStyle.legendBelow(chart.getStyler());
        }
        return chart;
    }

    /** wide: the y axis holds log10 of the values (see {@link NiceAxes#powersOfTenOnY}). */
    private static void addMetric(XYChart chart, MetricSeries s, Color color, double smooth, boolean wide) {
        double[] x = s.steps();
        double[] raw = s.values();
        double[] y = wide ? NiceAxes.log10(raw) : raw;
        // validation metrics are sparse and already averaged over a whole set: never smoothed
        if (smooth > 0 && !s.name().startsWith("val_")) {
            double[] ema = Smoothing.ema(raw, smooth);
            line(chart, s.name() + " (raw)", x, y, new Color(color.getRed(), color.getGreen(), color.getBlue(), 70));
            line(chart, s.name() + " (ema " + smooth + ")", x, wide ? NiceAxes.log10(ema) : ema, color);
        } else {
            line(chart, s.name(), x, y, color);
        }
        int lo = s.argMin();
        int hi = s.argMax();
        if (lo >= 0 && s.size() > 1) {
            mark(chart, s.name() + " min", x[lo], y[lo], color, SeriesMarkers.TRIANGLE_DOWN);
            mark(chart, s.name() + " max", x[hi], y[hi], color, SeriesMarkers.TRIANGLE_UP);
        }
    }

    /** The min/max of the first (training) metric go in the title, keeping the legend short. */
    private static String title(String group, List<MetricSeries> series) {
        MetricSeries s = series.get(0);
        int lo = s.argMin();
        int hi = s.argMax();
        if (lo < 0) {
            return group;
        }
        return group + " · min " + fmt(s.values()[lo]) + " @" + fmt(s.steps()[lo])
                + " · max " + fmt(s.values()[hi]) + " @" + fmt(s.steps()[hi]);
    }

    private static void line(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(x.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setLineStyle(new BasicStroke(1.6f));
    }

    private static void mark(XYChart chart, String name, double x, double y, Color color,
                             org.knowm.xchart.style.markers.Marker marker) {
        XYSeries m = chart.addSeries(name, new double[] {x}, new double[] {y});
        m.setMarker(marker);
        m.setMarkerColor(color);
        m.setShowInLegend(false);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
