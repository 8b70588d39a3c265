package jgrad.viz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis numbers a person reads at a glance: steps of 1, 2 or 5 times a power of ten, and labels
 * without float noise, thousands written 1k, 2.5k, millions 1M, tiny values 2e-5.
 */
public final class NiceNumbers {
    private NiceNumbers() {
    }

    /** The short label of an axis value: "0", "0.25", "12.5k", "3M", "2.5e-5", "1.2e10". */
    public static String label(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        // ten significant digits drop the noise of steps like 0.1 + 0.2
        BigDecimal d = new BigDecimal(v).round(new MathContext(10));
        if (d.signum() == 0) {
            return "0";
        }
        double a = Math.abs(d.doubleValue());
        if (a >= 1e9 || a < 1e-3) {
            return scientific(d);
        }
        if (a >= 1e6) {
            return plain(d.movePointLeft(6)) + "M";
        }
        if (a >= 1e3) {
            return plain(d.movePointLeft(3)) + "k";
        }
        return plain(d);
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
