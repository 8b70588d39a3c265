package jgrad.autograd.kernels;

/**
 * ReLU's float loops, on the Vector API when its module is in the boot layer (a lane-wise max, and a lane-wise
 * "not zero" compare and blend), else plain loops. The JIT's own vectorisation of these is fickle: it compiles
 * a float's bits read as an int, and sometimes Math.max itself, one element at a time (a branch per element
 * that mispredicts on random signs).
 */
public final class ReluKernels {
    /** The lane-wise version, or null without jdk.incubator.vector. */
    interface Lanes {
        void relu(float[] x, int xAt, float[] y, int yAt, int n);

        void keepWhereNonzero(float g, float[] y, int yAt, float[] out, int outAt, int n);

        void keepWhereNonzero(float[] g, int gAt, float[] y, int yAt, float[] out, int outAt, int n);
    }

    private static final Lanes LANES = VectorApi.orFallback(() -> new VectorReluKernels(), null);

    private ReluKernels() { }

    /** y[yAt + j] = max(x[xAt + j], 0) for j < n (Math.max: NaN stays NaN); x and y may be the same array. */
    public static void relu(float[] x, int xAt, float[] y, int yAt, int n) {
        if (LANES != null) LANES.relu(x, xAt, y, yAt, n);
        else scalarRelu(x, xAt, y, yAt, n);
    }

    static void scalarRelu(float[] x, int xAt, float[] y, int yAt, int n) {
        for (int j = 0; j < n; j++) y[yAt + j] = Math.max(x[xAt + j], 0f);
    }

    /**
     * out[outAt + j] = y[yAt + j] != 0 ? g : 0 for j < n. For ReLU's output (+0.0, positive or NaN) that is
     * PyTorch's threshold_backward: the gradient passes where the output is positive or NaN.
     */
    public static void keepWhereNonzero(float g, float[] y, int yAt, float[] out, int outAt, int n) {
        if (LANES != null) LANES.keepWhereNonzero(g, y, yAt, out, outAt, n);
        else scalarKeepWhereNonzero(g, y, yAt, out, outAt, n);
    }

    static void scalarKeepWhereNonzero(float g, float[] y, int yAt, float[] out, int outAt, int n) {
        int gBits = Float.floatToRawIntBits(g);
        for (int j = 0; j < n; j++) out[outAt + j] = Float.intBitsToFloat(gBits & nonzeroMask(y[yAt + j]));
    }

    /** out[outAt + j] = y[yAt + j] != 0 ? g[gAt + j] : 0 for j < n. */
    public static void keepWhereNonzero(float[] g, int gAt, float[] y, int yAt, float[] out, int outAt, int n) {
        if (LANES != null) LANES.keepWhereNonzero(g, gAt, y, yAt, out, outAt, n);
        else scalarKeepWhereNonzero(g, gAt, y, yAt, out, outAt, n);
    }

    static void scalarKeepWhereNonzero(float[] g, int gAt, float[] y, int yAt, float[] out, int outAt, int n) {
        for (int j = 0; j < n; j++) {
            out[outAt + j] = Float.intBitsToFloat(Float.floatToRawIntBits(g[gAt + j]) & nonzeroMask(y[yAt + j]));
        }
    }

    /** All ones unless v is +0.0 or -0.0, without a branch: bits(v)·2 (the sign shifted out) is 0 only for zeros. */
    static int nonzeroMask(float v) {
        int magnitude = Float.floatToRawIntBits(v) << 1;
        return (magnitude | -magnitude) >> 31;
    }

    static Lanes lanes() {
        return LANES;
    }
}
