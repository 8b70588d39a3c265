package jgrad.magics;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;

/**
 * A chart that displays inline in the jgrad kernel: the kernel's renderer registry
 * looks for {@link #toPng()} and sends the bytes as image/png.
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

    @Override
    public String toString() {
        return "Chart[" + chart.getTitle() + ", " + chart.getWidth() + "x" + chart.getHeight() + "]";
    }
}
