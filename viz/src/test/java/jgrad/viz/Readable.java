package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Rectangle2D;
import java.util.List;

/** What "readable at a glance" means for a rendered chart, as assertions. */
final class Readable {
    /** Labels per axis, whatever the number of points. */
    static final int MAX_LABELS = 10;
    /** Pixels between two label boxes. */
    static final double MIN_GAP = 2;

    enum Axis { NUMBERS, LOG, CATEGORIES }

    private Readable() {
    }

    /** Checks one painted chart; name says which in the failure messages. */
    static RenderedChart check(String name, org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, int width, int height,
                               Axis x, Axis y) {
        RenderedChart r = RenderedChart.of(chart, width, height);
        check(name, r, x, y);
        return r;
    }

    static void check(String name, RenderedChart r, Axis x, Axis y) {
        int width = r.width;
        int height = r.height;
        String where = name + " (" + width + "x" + height + ")";
        assertFalse(r.texts.isEmpty(), where + ": no title or axis title painted");
        assertFalse(r.title != null && r.title.endsWith("…"), where + ": title cut to '" + r.title + "'");
        for (Rectangle2D t : r.texts) {
            assertInside(where + ": title, axis title or legend", t, r);
        }
        checkAxis(where + " x axis", r.xLabels, x, r, true);
        checkAxis(where + " y axis", r.yLabels, y, r, false);
    }

    private static void checkAxis(String where, List<RenderedChart.Label> labels, Axis kind, RenderedChart r,
                                  boolean horizontal) {
        assertTrue(labels.size() <= MAX_LABELS, where + ": " + labels.size() + " labels " + texts(labels));
        for (RenderedChart.Label l : labels) {
            assertInside(where + " label " + l.text(), l.box(), r);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Rectangle2D a = labels.get(i).box();
                Rectangle2D grown = new Rectangle2D.Double(a.getX() - MIN_GAP / 2, a.getY() - MIN_GAP / 2,
                        a.getWidth() + MIN_GAP, a.getHeight() + MIN_GAP);
                Rectangle2D b = labels.get(j).box();
                Rectangle2D bGrown = new Rectangle2D.Double(b.getX() - MIN_GAP / 2, b.getY() - MIN_GAP / 2,
                        b.getWidth() + MIN_GAP, b.getHeight() + MIN_GAP);
                assertFalse(grown.intersects(bGrown), where + ": labels '" + labels.get(i).text() + "' " + a
                        + " and '" + labels.get(j).text() + "' " + b + " overlap");
            }
        }
        if (kind != Axis.CATEGORIES) {
            assertOneNotation(where, labels);
        }
        if (kind == Axis.NUMBERS) {
            assertTrue(labels.size() >= 2, where + ": fewer than two labels " + texts(labels));
            double[] v = labels.stream().mapToDouble(l -> value(where, l.text())).toArray();
            double step = Math.abs(v[1] - v[0]);
            assertNice(where + " step of " + texts(labels), step);
            for (int i = 1; i < v.length; i++) {
                assertEquals(step, Math.abs(v[i] - v[i - 1]), step * 1e-6, where + ": uneven steps " + texts(labels));
                assertEquals(0, Math.IEEEremainder(v[i], step), step * 1e-6, where + ": " + v[i] + " is not a multiple of " + step);
            }
        } else if (kind == Axis.LOG) {
            assertTrue(labels.size() >= 2, where + ": fewer than two labelled ticks on a log axis " + texts(labels));
            for (RenderedChart.Label l : labels) {
                double e = Math.log10(value(where, l.text()));
                assertEquals(Math.rint(e), e, 1e-9, where + ": log axis label " + l.text() + " is not a power of ten");
            }
        }
    }

    /** All labels but 0 in one notation: none "8e-4" beside "0.0012", nor "1E-4" beside "0.001". */
    static void assertOneNotation(String where, List<RenderedChart.Label> labels) {
        java.util.Set<String> notations = new java.util.TreeSet<>();
        for (RenderedChart.Label l : labels) {
            String t = l.text().strip();
            if (!t.equals("0")) {
                notations.add(t.contains("e") ? "e" : t.contains("E") ? "E" : "positional");
            }
        }
        assertTrue(notations.size() <= 1, where + ": labels mix notations " + notations + ": " + texts(labels));
    }

    /** Every cell of the grid's layout holds a chart: no quarter or half of the image is left blank. */
    static void checkFilled(String where, ChartGrid grid) {
        java.awt.image.BufferedImage image;
        try {
            image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(grid.toPng()));
        } catch (java.io.IOException e) {
            throw new AssertionError(where + ": not a PNG", e);
        }
        for (int top = 0; top + grid.cellHeight() <= image.getHeight(); top += grid.cellHeight()) {
            for (int left = 0; left + grid.cellWidth() <= image.getWidth(); left += grid.cellWidth()) {
                int ink = 0;
                for (int y = top; y < top + grid.cellHeight(); y++) {
                    for (int x = left; x < left + grid.cellWidth(); x++) {
                        ink += (image.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
                    }
                }
                double share = ink / (double) (grid.cellWidth() * grid.cellHeight());
                assertTrue(share > 0.02, where + ": the cell at (" + left + ", " + top + ") of the " + image.getWidth()
                        + "x" + image.getHeight() + " image is blank (" + ink + " pixels drawn)");
            }
        }
    }

    /** Column labels of a heat map (steps, bins): nice multiples of one nice step. */
    static void checkNiceMultiples(String where, List<RenderedChart.Label> labels) {
        assertFalse(labels.isEmpty(), where + ": no labels");
        assertOneNotation(where, labels);
        double[] v = labels.stream().mapToDouble(l -> value(where, l.text())).toArray();
        if (v.length < 2) {
            return;
        }
        double step = Math.abs(v[1] - v[0]);
        for (int i = 2; i < v.length; i++) {
            step = Math.min(step, Math.abs(v[i] - v[i - 1]));
        }
        assertNice(where + " " + texts(labels), step);
        for (double x : v) {
            assertEquals(0, Math.IEEEremainder(x, step), step * 1e-6, where + ": " + x + " is not a multiple of " + step);
        }
    }

    static void assertNice(String where, double step) {
        assertTrue(step > 0, where + ": zero step");
        double m = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        boolean nice = Math.abs(m - 1) < 1e-6 || Math.abs(m - 2) < 1e-6 || Math.abs(m - 5) < 1e-6;
        assertTrue(nice, where + ": step " + step + " is not 1, 2 or 5 times a power of ten");
    }

    static void assertInside(String what, Rectangle2D box, RenderedChart r) {
        assertTrue(box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= r.width && box.getMaxY() <= r.height,
                what + " at " + box + " is outside the " + r.width + "x" + r.height + " image (title: " + r.title + ")");
    }

    /** The number a label stands for: "2.5k" is 2500, "1e-4" 0.0001, "1M" a million. */
    static double value(String where, String label) {
        String s = label.strip();
        double scale = 1;
        if (s.endsWith("k")) {
            scale = 1e3;
        } else if (s.endsWith("M")) {
            scale = 1e6;
        }
        if (scale != 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Double.parseDouble(s) * scale;
        } catch (NumberFormatException e) {
            fail(where + ": label '" + label + "' is not a number");
            return Double.NaN;
        }
    }

    static List<String> texts(List<RenderedChart.Label> labels) {
        return labels.stream().map(RenderedChart.Label::text).toList();
    }
}
