package jgrad.viz;

/** Exponential moving average, as TensorBoard's smoothing slider (weight 0 = raw values). */
public final class Smoothing {
    private Smoothing() {
    }

    /** s[0] = v[0]; s[i] = w * s[i-1] + (1 - w) * v[i]. */
    public static double[] ema(double[] values, double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = i == 0 ? values[0] : weight * out[i - 1] + (1 - weight) * values[i];
        }
        return out;
    }
}
