package jgrad.viz;

import java.util.Map;
import java.util.function.Function;

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
    /** Labels of an axis that holds log10 of the values: 1e-12, 1e-8, 1e-4, 1e0 (more decades than plain fits). */
    static final Function<Double, String> POWERS_OF_TEN = e -> NiceNumbers.scientific(Math.pow(10, e));
    /**
     * XChart labels every decade of a logarithmic axis; past this many decades the labels would
     * crowd, so such values are drawn as log10 on a linear axis labelled with powers of ten.
     */
    static final double MAX_LOG_DECADES = 10;

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

    /**
     * Before painting at width x height: the range series spans the data (on a logarithmic axis at least two
     * decades, see {@link #twoDecades}), labels are nice and in one notation per axis, spacing is nice.
     */
    static void refresh(XYChart chart, int width, int height) {
        XYStyler styler = chart.getStyler();
        Map<String, XYSeries> all = chart.getSeriesMap();
        boolean logX = styler.isXAxisLogarithmic();
        boolean logY = styler.isYAxisLogarithmic();
        double[] x = range(all, true, logX, styler.getXAxisMin(), styler.getXAxisMax());
        double[] y = range(all, false, logY, styler.getYAxisMin(), styler.getYAxisMax());
        if (logX && styler.getXAxisMin() == null && styler.getXAxisMax() == null) {
            x = twoDecades(x[0], x[1]);
        }
        if (logY && styler.getYAxisMin() == null && styler.getYAxisMax() == null) {
            y = twoDecades(y[0], y[1]);
        }
        if (all.containsKey(RANGE_SERIES)) {
            chart.updateXYSeries(RANGE_SERIES, x, y, null);
        }
        // a labelling function takes precedence over XChart's logarithmic axis: linear axes only
        if (styler.getxAxisTickLabelsFormattingFunction() != POWERS_OF_TEN) {
            styler.setxAxisTickLabelsFormattingFunction(logX ? null : NiceNumbers.axisLabels(x[0], x[1]));
        }
        if (styler.getyAxisTickLabelsFormattingFunction() != POWERS_OF_TEN) {
            styler.setyAxisTickLabelsFormattingFunction(logY ? null : NiceNumbers.axisLabels(y[0], y[1]));
        }
        if (logX) {
            styler.setXAxisDecimalPattern(logPattern(x[0], x[1]));
        }
        if (logY) {
            styler.setYAxisDecimalPattern(logPattern(y[0], y[1]));
        }
        spacing(styler, width, height);
    }

    /**
     * [lo, hi] (both positive), widened where needed to hold at least two powers of ten: XChart labels only
     * the powers of ten on a logarithmic axis, so a range inside one decade would show one label or none.
     * Of the two ways to reach a second power, the shorter one is taken.
     */
    static double[] twoDecades(double lo, double hi) {
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9); // the powers of ten inside are 10^first .. 10^last
        int last = (int) Math.floor(Math.log10(hi) + 1e-9);
        if (!(lo > 0) || !(hi > 0) || last - first >= 1) {
            return new double[] {lo, hi};
        }
        if (last < first) { // inside one decade: its two ends
            return new double[] {Math.min(lo, Math.pow(10, last)), Math.max(hi, Math.pow(10, first))};
        }
        double down = Math.log10(lo) - (first - 1);
        double up = (last + 1) - Math.log10(hi);
        return down <= up ? new double[] {Math.pow(10, first - 1), hi} : new double[] {lo, Math.pow(10, last + 1)};
    }

    /**
     * XChart's number pattern for the decades of a logarithmic axis over [lo, hi], one notation for all of
     * them (XChart alone writes 1E-4 beside 0.001): positional when they all lie in 0.001 to 1000, else scientific.
     */
    static String logPattern(double lo, double hi) {
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int last = (int) Math.floor(Math.log10(hi) + 1e-9);
        return first >= -3 && last <= 3 ? "0.###" : "0E0";
    }

    /** True when the positive finite values span more decades than a log axis can label. */
    static boolean tooManyDecades(Iterable<double[]> values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] v : values) {
            for (double x : v) {
                if (x > 0 && Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return hi > 0 && Math.log10(hi / lo) > MAX_LOG_DECADES;
    }

    /** log10 of each value (NaN, a gap, where it has none); see {@link #POWERS_OF_TEN}. */
    static double[] log10(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] > 0 ? Math.log10(values[i]) : Double.NaN;
        }
        return out;
    }

    /** Makes the y axis one of log10 values labelled with powers of ten (the values must be log10 already). */
    static void powersOfTenOnY(XYChart chart) {
        chart.getStyler().setYAxisLogarithmic(false);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(POWERS_OF_TEN);
    }

    /**
     * Tick spacing hints for a chart of width x height: XChart's step is at least 0.57 and at most
     * 1.75 times the hint, so with the hint at 1/4.5 of the axis (an axis a little longer than the
     * plot's will be) there are between about 3 and 9 labels.
     */
    static void spacing(AxesChartStyler styler, int width, int height) {
        double plotWidth = 0.92 * Math.max(100, width - 70);
        double plotHeight = 0.92 * Math.max(100, height - 80);
        styler.setXAxisTickMarkSpacingHint((int) Math.max(50, plotWidth / 4.5));
        styler.setYAxisTickMarkSpacingHint((int) Math.max(30, plotHeight / 4.5));
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
