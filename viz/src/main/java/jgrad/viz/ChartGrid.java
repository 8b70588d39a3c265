package jgrad.viz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Several XChart charts painted side by side into one image ("subplots"): XChart has no subplot
 * layout of its own, but every chart can paint itself into a region of a Graphics2D. The last chart of
 * an incomplete last row spans the rest of that row, so no part of the image stays blank.
 */
public final class ChartGrid {
    private final List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts;
    private final int columns;
    private final int cellWidth;
    private final int cellHeight;

    /**
     * Lays XChart charts out in rows of {@code columns}, each painted in a cellWidth × cellHeight pixel cell
     * (matplotlib's subplots).
     */
    public ChartGrid(List<? extends org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts, int columns,
                     int cellWidth, int cellHeight) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("ChartGrid: no charts to lay out");
        }
        this.charts = List.copyOf(charts);
        this.columns = Math.max(1, Math.min(columns, charts.size()));
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
    }

    /** The charts, in the order they are laid out (row by row). */
    public List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts() {
        return charts;
    }

    /** The width in pixels of each chart's cell. */
    public int cellWidth() {
        return cellWidth;
    }

    /** The height in pixels of each chart's cell. */
    public int cellHeight() {
        return cellHeight;
    }

    /** The width chart {@code index} is painted at: a cell, or the rest of the row for the last chart. */
    public int chartWidth(int index) {
        boolean last = index == charts.size() - 1;
        return last ? (columns - index % columns) * cellWidth : cellWidth;
    }

    /** The width in pixels of the whole image. */
    public int width() {
        return columns * cellWidth;
    }

    /** The height in pixels of the whole image. */
    public int height() {
        return (charts.size() + columns - 1) / columns * cellHeight;
    }

    /** All charts painted into one PNG image, what the notebook shows. */
    public byte[] toPng() {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width(), height());
            for (int i = 0; i < charts.size(); i++) {
                int w = chartWidth(i);
                Graphics2D cell = (Graphics2D) g.create((i % columns) * cellWidth, (i / columns) * cellHeight, w, cellHeight);
                ChartStyle.prepare(charts.get(i), w, cellHeight);
                charts.get(i).paint(cell, w, cellHeight);
                cell.dispose();
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode chart grid as PNG", e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "ChartGrid[" + charts.size() + " charts, " + width() + "x" + height() + "]";
    }
}
