package jgrad.viz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Axis numbers a person reads at a glance: steps of 1, 2 or 5 times a power of ten, and labels
 * without float noise, thousands written 1k, 2.5k, millions 1M, tiny values 2e-5.
 */
public final class NiceNumbers {
    private NiceNumbers() {
    }

    /** The short label of an axis value: "0", "0.25", "12.5k", "3M", "2.5e-5", "1.2e10". */
    public static String label(double v) {
        BigDecimal d = rounded(v);
        if (d == null || d.signum() == 0) {
            return special(v);
        }
        return Math.abs(d.doubleValue()) < 1e-3 ? scientific(d) : positional(d);
    }

    /**
     * The labels of one axis spanning [lo, hi], all in one notation so that no axis shows "8e-4" beside
     * "0.0012": positional ("0.0004", "0.25", "1.5k", "2M"), unless the largest value is below 1e-3 or reaches
     * 1e9; then every label but 0 is scientific ("2e-5", "1.2e-4", "1.5e9").
     */
    public static Function<Double, String> axisLabels(double lo, double hi) {
        double largest = Math.max(Math.abs(lo), Math.abs(hi));
        if (largest < 1e-3 || largest >= 1e9) {
            return NiceNumbers::scientific;
        }
        return v -> {
            BigDecimal d = rounded(v);
            return d == null || d.signum() == 0 ? special(v) : positional(d);
        };
    }

    /** A value in scientific notation without float noise: "1e-7", "2.5e-5", "1e0", "1.5e9"; 0 is "0". */
    public static String scientific(double v) {
        BigDecimal d = rounded(v);
        return d == null || d.signum() == 0 ? special(v) : scientific(d);
    }

    /** Ten significant digits, which drop the noise of steps like 0.1 + 0.2; null for NaN and infinities. */
    private static BigDecimal rounded(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(10)) : null;
    }

    /** "0", "nan", "inf" or "-inf". */
    private static String special(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : "0";
    }

    /** "0.0004", "0.25", "12.5k", "3M"; from 1e9 on scientific. */
    private static String positional(BigDecimal d) {
        double a = Math.abs(d.doubleValue());
        if (a >= 1e9) {
            return scientific(d);
        }
        if (a >= 1e6) {
            return plain(d.movePointLeft(6)) + "M";
        }
        return a >= 1e3 ? plain(d.movePointLeft(3)) + "k" : plain(d);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String scientific(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        return plain(s.movePointLeft(exponent)) + "e" + exponent;
    }

    /** The smallest step of 1, 2 or 5 times a power of ten that covers span in at most maxSteps steps. */
    public static double step(double span, int maxSteps) {
        if (!(span > 0) || !Double.isFinite(span) || maxSteps < 1) {
            return 1;
        }
        double raw = span / maxSteps;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The multiples of a nice step inside [lo, hi], at most maxCount of them (at least one step apart). */
    public static List<Double> ticks(double lo, double hi, int maxCount) {
        List<Double> out = new ArrayList<>();
        if (!(hi >= lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return out;
        }
        if (hi == lo) {
            out.add(lo);
            return out;
        }
        double step = step(hi - lo, Math.max(1, maxCount - 1));
        while (true) {
            out.clear();
            BigDecimal s = new BigDecimal(step, MathContext.DECIMAL64);
            BigDecimal first = s.multiply(BigDecimal.valueOf(Math.ceil(lo / step - 1e-9)));
            for (BigDecimal t = first; t.doubleValue() <= hi + step * 1e-9; t = t.add(s)) {
                out.add(t.doubleValue());
            }
            if (out.size() <= Math.max(1, maxCount)) {
                return out;
            }
            step = step(step * 1.01, 1); // the span held one tick too many: the next nice step
        }
    }
}
