package jgrad.magics;

import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Nice numeric ticks on XChart's axes: steps of 1, 2 or 5 times a power of ten, labelled by
 * {@link NiceNumbers#label}, about five to nine per axis whatever the chart's size.
 *
 * <p>XChart has two ways of placing numeric ticks. Its usual one picks a 1-2-5 step whose labels
 * fit; but when the values of all series are equally spaced (steps 0, 1, 2, ... or a smooth curve
 * whose consecutive values differ by less than 1e-4) it puts a tick on every k-th data value
 * instead, which gives labels such as 120, 150, 180 or 0.896935933147632 that overlap on long
 * runs. An invisible first series spanning the data range (from its minimum straight to its
 * maximum) keeps XChart on its usual path: no data can be equally spaced with that jump in front.
 */
final class NiceAxes {
    /** The invisible series; it is the first of every chart made by {@link ChartStyle#xy}. */
    static final String RANGE_SERIES = "\u2060axis range";

    private NiceAxes() {
    }

    /** Adds the invisible range series; call before adding the chart's own series. */
    static void install(XYChart chart) {
        XYSeries range = chart.addSeries(RANGE_SERIES, new double[] {0, 1}, new double[] {1, 10});
        range.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        range.setLineStyle(SeriesLines.NONE);
        range.setMarker(SeriesMarkers.NONE);
        range.setShowInLegend(false);
        range.setEnabled(true);
    }

    /** Before painting at width x height: the range series spans the data, labels and spacing are nice. */
    static void refresh(XYChart chart, int width, int height) {
        XYStyler styler = chart.getStyler();
        Map<String, XYSeries> all = chart.getSeriesMap();
        if (all.containsKey(RANGE_SERIES)) {
            double[] x = range(all, true, styler.isXAxisLogarithmic(), styler.getXAxisMin(), styler.getXAxisMax());
            double[] y = range(all, false, styler.isYAxisLogarithmic(), styler.getYAxisMin(), styler.getYAxisMax());
            chart.updateXYSeries(RANGE_SERIES, x, y, null);
        }
        // a labelling function takes precedence over XChart's logarithmic axis: linear axes only
        styler.setxAxisTickLabelsFormattingFunction(styler.isXAxisLogarithmic() ? null : NiceNumbers::label);
        styler.setyAxisTickLabelsFormattingFunction(styler.isYAxisLogarithmic() ? null : NiceNumbers::label);
        spacing(styler, width, height);
    }

    /**
     * Tick spacing hints for a plot of about width x height: XChart's step is at least 0.57 and at
     * most 1.75 times the hint, so a fifth of the axis gives between about 4 and 9 labels.
     */
    static void spacing(AxesChartStyler styler, int width, int height) {
        double plotWidth = 0.92 * Math.max(100, width - 110);
        double plotHeight = 0.92 * Math.max(100, height - 125);
        styler.setXAxisTickMarkSpacingHint((int) Math.max(50, plotWidth / 5));
        styler.setYAxisTickMarkSpacingHint((int) Math.max(30, plotHeight / 5));
    }

    /** {lo, hi} of the finite (for a log axis: positive) values of the visible series, or the set bound. */
    private static double[] range(Map<String, XYSeries> all, boolean x, boolean log, Double min, Double max) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XYSeries s : all.values()) {
            if (s.getName().equals(RANGE_SERIES) || !s.isEnabled()) {
                continue;
            }
            for (double v : x ? s.getXData() : s.getYData()) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) { // nothing to show: the range XChart uses for an empty chart
            lo = log ? 1 : 0;
            hi = log ? 10 : 1;
        }
        return new double[] {min != null ? min : lo, max != null ? max : hi};
    }
}
