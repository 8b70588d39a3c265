package jgrad.viz;

import java.util.Arrays;

/** The (step, value) points logged under one metric name. */
public final class MetricSeries {
    private final String name;
    private double[] steps = new double[16];
    private double[] values = new double[16];
    private int size;

    /** An empty series for the metric {@code name}. */
    public MetricSeries(String name) {
        this.name = name;
    }

    /** The metric's name, as given to log(name, value). */
    public String name() {
        return name;
    }

    /** "val_loss" and "loss" share a subplot: the metric without its "val_" prefix. */
    public String group() {
        return name.startsWith("val_") ? name.substring(4) : name;
    }

    void add(double step, double value) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        steps[size] = step;
        values[size] = value;
        size++;
    }

    /** The number of points logged. */
    public int size() {
        return size;
    }

    /** The x value of each point (a copy). */
    public double[] steps() {
        return Arrays.copyOf(steps, size);
    }

    /** The logged value of each point (a copy). */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }

    /** The most recent value. */
    public double last() {
        return values[size - 1];
    }

    /** Index of the smallest finite value (-1 if none). */
    public int argMin() {
        return extreme(-1);
    }

    /** Index of the largest finite value (-1 if none). */
    public int argMax() {
        return extreme(1);
    }

    private int extreme(int sign) {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (Double.isFinite(values[i]) && (best < 0 || sign * (values[i] - values[best]) > 0)) {
                best = i;
            }
        }
        return best;
    }

    /** True if every finite value is positive, so a log axis can show it. */
    public boolean allPositive() {
        for (int i = 0; i < size; i++) {
            if (values[i] <= 0) {
                return false;
            }
        }
        return true;
    }
}
