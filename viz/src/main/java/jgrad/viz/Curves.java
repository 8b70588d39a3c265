package jgrad.viz;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Several named curves on one chart, the comparison every training notebook draws (runs, optimizers, layers). */
final class Curves {
    private Curves() {
    }

    /**
     * Values spanning more than ten decades on a log axis are drawn as log10 with powers of ten as
     * labels ({@link NiceAxes#MAX_LOG_DECADES}); the series then hold log10 of the values.
     */
    static Chart chart(String title, String xLabel, String yLabel, Map<String, ? extends List<? extends Number>> series,
                       boolean logY) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("curves: no series to plot");
        }
        XYChart chart = ChartStyle.xy(title, xLabel, yLabel, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        series.forEach((name, values) -> {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("curves: series '" + name + "' has no values");
            }
        });
        Map<String, double[]> values = new LinkedHashMap<>();
        series.forEach((name, ys) -> values.put(name, ys.stream().mapToDouble(v -> v == null ? Double.NaN : v.doubleValue())
                .toArray()));
        // a log axis cannot show 0 or negative values: those points become gaps
        boolean log = logY && values.values().stream().flatMapToDouble(Arrays::stream).anyMatch(v -> v > 0 && Double.isFinite(v));
        boolean wide = log && NiceAxes.tooManyDecades(values.values());
        chart.getStyler().setYAxisLogarithmic(log);
        if (wide) {
            NiceAxes.powersOfTenOnY(chart);
        }
        for (var e : values.entrySet()) {
            double[] y = e.getValue();
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
                if (log && !(y[i] > 0)) {
                    y[i] = Double.NaN;
                }
            }
            XYSeries s = chart.addSeries(e.getKey(), x, wide ? NiceAxes.log10(y) : y);
            s.setMarker(x.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        if (series.size() > 1) {
            ChartStyle.legendBelow(chart.getStyler());
        }
        return new Chart(chart);
    }
}
