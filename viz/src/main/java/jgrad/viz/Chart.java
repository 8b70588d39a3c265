package jgrad.viz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;

/**
 * A chart that displays inline in the jgrad kernel: the kernel's renderer registry
 * looks for {@link #toPng()} and sends image/png. Wraps an XChart chart so tests can inspect the
 * data rather than pixels. SVG is available on request ({@link #svg()}) but not sent by default:
 * XChart's SVG is 20 to 35 times the size of the PNG (2 MB for a contour plot).
 */
public final class Chart {
    private final org.knowm.xchart.internal.chartpart.Chart<?, ?> chart;

    /** Wraps an XChart chart you built yourself, so the notebook shows it inline like jgrad's own. */
    public Chart(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        this.chart = chart;
    }

    /**
     * The underlying XChart object, for styling beyond the defaults. Line charts made by jgrad carry
     * one invisible first series that keeps their ticks nice (see {@link ChartStyle}); look series up by name.
     */
    public org.knowm.xchart.internal.chartpart.Chart<?, ?> xchart() {
        return chart;
    }

    /**
     * The chart as PNG bytes, what the notebook shows: {@code Files.write(Path.of("fig.png"), chart.toPng())} saves it.
     */
    public byte[] toPng() {
        ChartStyle.prepare(chart, chart.getWidth(), chart.getHeight());
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart as PNG", e);
        }
    }

    /** The chart as SVG text, e.g. {@code Files.writeString(Path.of("fig.svg"), chart.svg())} for a paper. */
    public String svg() {
        ChartStyle.prepare(chart, chart.getWidth(), chart.getHeight());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The chart as SVG text.
     *
     * @deprecated use {@link #svg()}, which this calls; kept for one release so that notebooks written against
     *     it still run. Being deprecated, it is not a display hook: the notebook still gets PNG only.
     */
    @Deprecated
    public String toSvg() {
        return svg();
    }

    @Override
    public String toString() {
        return "Chart[" + chart.getTitle() + ", " + chart.getWidth() + "x" + chart.getHeight() + "]";
    }
}
