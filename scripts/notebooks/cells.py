"""Cell constructors for the notebook sources: md(...) for explanations, code(...) for Java."""


def md(text):
    return ("markdown", text)


def code(text):
    return ("code", text)


# Several named curves on one chart; notebooks that compare runs share this one definition.
CURVES_HELPER = code(r"""
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One chart, one line per named series; a log y axis when values span decades. */
Chart curves(String title, String xLabel, String yLabel, Map<String, List<Double>> series, boolean logY) {
    var chart = new XYChartBuilder().width(640).height(400)
            .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    chart.getStyler().setYAxisLogarithmic(logY);
    series.forEach((name, ys) -> chart.addSeries(name,
            IntStream.range(0, ys.size()).asDoubleStream().toArray(),   // x from 0: the state before training
            ys.stream().mapToDouble(Double::doubleValue).toArray()).setMarker(SeriesMarkers.NONE));
    return new Chart(chart);
}
""")
