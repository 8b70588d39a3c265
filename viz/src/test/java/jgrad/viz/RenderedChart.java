package jgrad.viz;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * A chart painted at its real size, as {@link jgrad.viz.Chart#toPng} and {@link ChartGrid} paint
 * it, with the box of every tick label (and its text) and of every other piece of text (title,
 * axis titles, legend). Tick labels, and the rest of the text, are painted in colours of their own
 * for the recording; colours do not change the layout.
 */
final class RenderedChart {
    static final Color X_TICKS = new Color(1, 2, 3);
    static final Color Y_TICKS = new Color(4, 5, 6);
    static final Color TEXT = new Color(7, 8, 9);

    record Label(String text, Rectangle2D box) {
    }

    final int width;
    final int height;
    final String title;
    final List<Label> xLabels = new ArrayList<>();
    final List<Label> yLabels = new ArrayList<>();
    /** Title, axis titles and legend entries. */
    final List<Rectangle2D> texts = new ArrayList<>();

    private RenderedChart(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    static RenderedChart of(Chart<?, ?> chart, int width, int height) {
        ChartStyle.prepare(chart, width, height);
        return asIs(chart, width, height);
    }

    /** Painted exactly as configured, without jgrad's preparation (to show what XChart alone does). */
    static RenderedChart asIs(Chart<?, ?> chart, int width, int height) {
        AxesChartStyler styler = (AxesChartStyler) chart.getStyler();
        styler.setXAxisTickLabelsColor(X_TICKS).setYAxisTickLabelsColor(Y_TICKS).setChartFontColor(TEXT);
        RecordingGraphics g = new RecordingGraphics();
        chart.paint(g, width, height);
        RenderedChart r = new RenderedChart(width, height, chart.getTitle());
        Axis x = axis(chart, "getXAxis");
        Axis y = axis(chart, "getYAxis");
        for (RecordingGraphics.Fill f : g.fills()) {
            if (f.box().isEmpty()) {
                continue; // a blank label
            }
            if (f.color().equals(X_TICKS)) {
                r.xLabels.add(new Label(nearest(x, f.box().getCenterX() - x.getBounds().getX(), false), f.box()));
            } else if (f.color().equals(Y_TICKS)) {
                double fromBottom = y.getBounds().getY() + y.getBounds().getHeight() - f.box().getCenterY();
                r.yLabels.add(new Label(nearest(y, fromBottom, true), f.box()));
            } else if (f.color().equals(TEXT)) {
                r.texts.add(f.box());
            }
        }
        r.xLabels.sort((a, b) -> Double.compare(a.box().getX(), b.box().getX()));
        r.yLabels.sort((a, b) -> Double.compare(b.box().getY(), a.box().getY()));
        return r;
    }

    /** The text of the tick whose position is nearest to the painted label (ticks are far apart). */
    private static String nearest(Axis axis, double position, boolean vertical) {
        List<Double> at = axis.getAxisTickCalculator().getTickLocations();
        List<String> labels = axis.getAxisTickCalculator().getTickLabels();
        int best = -1;
        for (int i = 0; i < at.size(); i++) {
            if (labels.get(i) != null && !labels.get(i).isBlank()
                    && (best < 0 || Math.abs(at.get(i) - position) < Math.abs(at.get(best) - position))) {
                best = i;
            }
        }
        return best < 0 ? "?" : labels.get(best);
    }

    private static Axis axis(Chart<?, ?> chart, String getter) {
        try {
            Method m = Chart.class.getDeclaredMethod(getter); // XChart keeps its axes package-private
            m.setAccessible(true);
            return (Axis) m.invoke(chart);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("XChart's " + getter + " is not reachable", e);
        }
    }
}
