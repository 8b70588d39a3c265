package jgrad.util;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Pieces of Python-style reprs, so that optimizers, schedulers, datasets and losses print like their
 * PyTorch counterparts: numbers as Python writes them (0.001, 1e-08, 0), True/False, tuples.
 */
public final class Repr {
    private Repr() {
    }

    /** A number as Python's repr writes a float, integral values without a fraction ("0", "10", "0.9", "1e-08"). */
    public static String number(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e16) return Long.toString((long) v);
        BigDecimal d = new BigDecimal(Double.toString(v)); // the shortest digits that read back as v, as Python's repr
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e16) return d.stripTrailingZeros().toPlainString();
        BigDecimal s = d.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        String mantissa = s.movePointLeft(exponent).toPlainString();
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    public static String bool(boolean b) {
        return b ? "True" : "False";
    }

    /** "(0.9, 0.999)" */
    public static String tuple(double... values) {
        return Arrays.stream(values).mapToObj(Repr::number).collect(Collectors.joining(", ", "(", values.length == 1 ? ",)" : ")"));
    }

    /** "[1, 8, 8]" */
    public static String shape(int[] shape) {
        return Arrays.toString(shape);
    }

    /** "Name(key=value, ...)" from alternating keys and already formatted values. */
    public static String call(String name, Object... keyValues) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            sb.append(i > 0 ? ", " : "").append(keyValues[i]).append('=').append(keyValues[i + 1]);
        }
        return sb.append(')').toString();
    }
}
