package jgrad.viz;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jgrad.autograd.Tensor;
import org.knowm.xchart.HeatMapChart;

/**
 * Counts of (true class, predicted class) pairs, with the true class as row and the prediction as
 * column: the diagonal holds the correct answers. Its chart puts class 0 top left, as in scikit-learn.
 */
public final class ConfusionMatrix {
    /** Counts are written in the cells up to this many classes; beyond it the colours alone tell. */
    static final int MAX_CLASSES_WITH_COUNTS = 20;

    private final int[][] counts;

    private ConfusionMatrix(int[][] counts) {
        this.counts = counts;
    }

    /** From class indices 0..classes-1 (as doubles, like {@code argmax(1).toArray()}). */
    public static ConfusionMatrix of(double[] labels, double[] predicted, int classes) {
        if (labels.length != predicted.length) {
            throw new IllegalArgumentException("confusion matrix: " + labels.length + " labels but "
                    + predicted.length + " predictions");
        }
        if (classes < 1) {
            throw new IllegalArgumentException("confusion matrix: need at least one class, got " + classes);
        }
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < labels.length; i++) {
            counts[classIndex("label", labels[i], i, classes)][classIndex("prediction", predicted[i], i, classes)]++;
        }
        return new ConfusionMatrix(counts);
    }

    /** From tensors of class indices, e.g. {@code ConfusionMatrix.of(test.targets(), logits.argmax(1), 10)}. */
    public static ConfusionMatrix of(Tensor labels, Tensor predicted, int classes) {
        return of(labels.toArray(), predicted.toArray(), classes);
    }

    private static int classIndex(String what, double v, int i, int classes) {
        if (v != Math.rint(v) || v < 0 || v >= classes) {
            throw new IllegalArgumentException("confusion matrix: " + what + " " + TrackerCharts.fmt(v) + " at index " + i
                    + " is not a class index in 0.." + (classes - 1));
        }
        return (int) v;
    }

    /** The number of classes (rows and columns). */
    public int classes() {
        return counts.length;
    }

    /** [true class][predicted class], a copy. */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** The number of (true, predicted) pairs counted. */
    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    /** The fraction on the diagonal (NaN when empty). */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < counts.length; i++) {
            right += counts[i][i];
        }
        int n = total();
        return n == 0 ? Double.NaN : (double) right / n;
    }

    /** The counts as a heat map, true class down, predicted class across; the title gives the accuracy. */
    public Chart chart() {
        int k = counts.length;
        int size = Math.min(ChartStyle.WIDTH, 360 + 24 * k);
        HeatMapChart chart = ChartStyle.heatMap(String.format(Locale.ROOT, "Confusion matrix (accuracy %.1f%%)",
                100 * accuracy()), "predicted", "true", size + 80, size);
        List<String> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(k / 25.0)); // at most 25 class labels per axis
        for (int c = 0; c < k; c++) {
            x.add(c % every == 0 ? Integer.toString(c) : " "); // XChart cannot lay out an empty label
            y.add(0, c % every == 0 ? Integer.toString(c) : " "); // heat maps count rows from the bottom
        }
        List<Number[]> cells = new ArrayList<>();
        int max = 1;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                if (counts[t][p] > 0) { // empty cells stay white and unlabelled
                    cells.add(new Number[] {p, k - 1 - t, counts[t][p]});
                    max = Math.max(max, counts[t][p]);
                }
            }
        }
        if (cells.isEmpty()) {
            cells.add(new Number[] {0, k - 1, 0});
        }
        chart.getStyler().setShowValue(k <= MAX_CLASSES_WITH_COUNTS).setHeatMapValueDecimalPattern("0")
                .setValueFont(ChartStyle.TICK_FONT).setValueFontColor(Color.BLACK)
                .setMin(0).setMax(max).setRangeColors(new Color[] {Color.WHITE, new Color(110, 160, 215)})
                .setLegendVisible(false).setPlotContentSize(1.0);
        chart.getStyler().setAxisTicksMarksVisible(false); // no comb of one tick per column
        chart.getStyler().setDrawBorder(true);
        chart.addSeries("count", x, y, cells);
        return new Chart(chart);
    }

    @Override
    public String toString() {
        int width = Math.max(3, Integer.toString(total()).length() + 1);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "ConfusionMatrix(classes=%d, total=%d, accuracy=%.4f)%ntrue\\pred", counts.length, total(), accuracy()));
        for (int p = 0; p < counts.length; p++) {
            sb.append(String.format("%" + width + "d", p));
        }
        for (int t = 0; t < counts.length; t++) {
            sb.append(String.format("%n%9d", t));
            for (int c : counts[t]) {
                sb.append(String.format("%" + width + "d", c));
            }
        }
        return sb.toString();
    }
}
