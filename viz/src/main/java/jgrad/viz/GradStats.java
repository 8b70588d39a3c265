package jgrad.viz;

import jgrad.autograd.Tensor;

/** Plain-number summaries of a tensor's values, computed without building autograd graphs. */
public final class GradStats {
    private GradStats() {
    }

    /** L2 norm; 0 for null (a parameter that received no gradient). */
    public static double l2(Tensor t) {
        if (t == null) {
            return 0;
        }
        double s = 0;
        for (double v : t.toArray()) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /** The mean of |value| over the elements of {@code t}; 0 for an empty tensor. */
    public static double meanAbs(Tensor t) {
        double[] a = t.toArray();
        double s = 0;
        for (double v : a) {
            s += Math.abs(v);
        }
        return a.length == 0 ? 0 : s / a.length;
    }

    /** The largest |value| among the elements of {@code t}; 0 for an empty tensor. */
    public static double maxAbs(Tensor t) {
        double m = 0;
        for (double v : t.toArray()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
