package jgrad.magics;

import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Several named curves on one chart, the comparison every training notebook draws (runs, optimizers, layers). */
final class Curves {
    private Curves() {
    }

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
        // a log axis cannot show 0 or negative values: those points become gaps
        boolean log = logY && series.values().stream().flatMap(List::stream)
                .anyMatch(v -> v != null && v.doubleValue() > 0 && Double.isFinite(v.doubleValue()));
        chart.getStyler().setYAxisLogarithmic(log);
        for (var e : series.entrySet()) {
            List<? extends Number> ys = e.getValue();
            double[] x = new double[ys.size()];
            double[] y = new double[ys.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i;
                Number v = ys.get(i);
                y[i] = v == null || log && !(v.doubleValue() > 0) ? Double.NaN : v.doubleValue();
            }
            XYSeries s = chart.addSeries(e.getKey(), x, y);
            s.setMarker(x.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        if (series.size() > 1) {
            ChartStyle.legendBelow(chart.getStyler());
        }
        return new Chart(chart);
    }
}
