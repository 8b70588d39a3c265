package jgrad.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Labels for category axes (heat map columns and rows, bars), which XChart writes one per
 * category: only some categories get one, the rest a blank, so that labels never run together.
 * XChart cannot lay out an empty string, hence the single space.
 */
final class SparseLabels {
    static final String BLANK = " ";
    /** Room between two labels, in pixels. */
    static final int GAP = 14;

    private SparseLabels() {
    }

    /** How many rows of tick labels fit one above the other in pixels, at most max. */
    static int fittingRows(double pixels, int max) {
        double each = ChartStyle.TICK_FONT.getSize2D() + 4;
        return (int) Math.max(1, Math.min(max, Math.floor(pixels / each)));
    }

    /**
     * Columns that start at the given values (ascending) and end at last, across an axis of
     * pixels: the columns holding nice multiples of a 1-2-5 step are labelled with that multiple
     * (1k, 2.5k), as many as fit side by side and at most maxLabels.
     */
    static List<String> steps(double[] starts, double last, double pixels, int maxLabels) {
        List<Double> ticks = NiceNumbers.ticks(starts[0], last, maxLabels);
        for (int n = maxLabels; n > 1; n--) {
            ticks = NiceNumbers.ticks(starts[0], last, n);
            double widest = 0;
            var format = NiceNumbers.axisLabels(starts[0], last);
            for (double v : ticks) {
                widest = Math.max(widest, ChartStyle.textWidth(format.apply(v), ChartStyle.TICK_FONT));
            }
            if (ticks.size() * (widest + GAP) <= pixels) {
                break;
            }
        }
        return label(starts, last, ticks);
    }

    /** Rows that start at the given values (ascending) and end at last, over a height of pixels. */
    static List<String> rows(double[] starts, double last, double pixels, int maxLabels) {
        return label(starts, last, NiceNumbers.ticks(starts[0], last, fittingRows(pixels, maxLabels)));
    }

    private static List<String> label(double[] starts, double last, List<Double> ticks) {
        var format = NiceNumbers.axisLabels(starts[0], last); // one notation for the whole axis
        String[] labels = new String[starts.length];
        Arrays.fill(labels, BLANK);
        for (double v : ticks) {
            int b = Arrays.binarySearch(starts, v);
            b = b >= 0 ? b : -b - 2; // the column whose range holds v
            if (b >= 0 && b < labels.length && labels[b].equals(BLANK)) {
                labels[b] = format.apply(v);
            }
        }
        return Arrays.asList(labels);
    }

    /** Every k-th name (the first always), the others blank, so that at most max show. */
    static List<String> everyKth(List<String> names, int max) {
        int k = Math.max(1, (int) Math.ceil(names.size() / (double) Math.max(1, max)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(i % k == 0 ? names.get(i) : BLANK);
        }
        return out;
    }
}
