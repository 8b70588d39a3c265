package jgrad.magics;

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
 * looks for {@link #toPng()} and {@link #toSvg()} and sends image/png and image/svg+xml.
 * Wraps an XChart chart so tests can inspect the data rather than pixels.
 */
public final class Chart {
    private final org.knowm.xchart.internal.chartpart.Chart<?, ?> chart;

    public Chart(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        this.chart = chart;
    }

    /** The underlying XChart object, for styling beyond the defaults. */
    public org.knowm.xchart.internal.chartpart.Chart<?, ?> xchart() {
        return chart;
    }

    public byte[] toPng() {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart as PNG", e);
        }
    }

    public String toSvg() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart as SVG", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Chart[" + chart.getTitle() + ", " + chart.getWidth() + "x" + chart.getHeight() + "]";
    }
}
