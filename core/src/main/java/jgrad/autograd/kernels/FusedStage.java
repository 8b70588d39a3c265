package jgrad.autograd.kernels;

/**
 * Up to six elementwise float operations applied in one pass, in this fixed order, each one optional:
 * <pre>
 *   v = v * scale1 + shift1          multiply and add a number
 *   v = min(max(v, low), high)       clamp (ReLU is max(v, 0))
 *   v = v != 0 ? kept : 0            ReLU's gradient of a sum, from ReLU's output
 *   v = v * scale2 + shift2          multiply and add a number
 * </pre>
 * Each step rounds to float as the op on its own does (a multiply by 1 and an add of -0.0 change nothing),
 * so a fused stage gives exactly the values of its ops run one after another. A fixed order is what lets the
 * JIT keep the values in vector registers: a loop over a list of op codes boxes every vector it passes on.
 * Built by {@link Builder}, which takes ops one at a time while they still fit the order.
 */
public final class FusedStage {
    /** The lane-wise version, or null without jdk.incubator.vector. */
    interface Lanes {
        void apply(FusedStage s, float[] x, int xAt, float[] y, int yAt, int n);

        double sum(FusedStage s, float[] x, int from, int n);

        void addInto(FusedStage s, float[] x, int xAt, float[] into, int intoAt, int n);
    }

    private static final Lanes LANES = VectorApi.orFallback(() -> new VectorFusedStage(), null);

    final boolean affine1, clamp, keep, affine2;
    final float scale1, shift1, low, high, kept, scale2, shift2;

    private FusedStage(Builder b) {
        affine1 = b.used[MUL1] || b.used[ADD1];
        clamp = b.used[CLAMP];
        keep = b.used[KEEP];
        affine2 = b.used[MUL2] || b.used[ADD2];
        scale1 = b.scale1;
        shift1 = b.shift1;
        low = b.low;
        high = b.high;
        kept = b.kept;
        scale2 = b.scale2;
        shift2 = b.shift2;
    }

    /** y[yAt + j] = f(x[xAt + j]) for j < n; x and y may be the same array at the same offset. */
    public void apply(float[] x, int xAt, float[] y, int yAt, int n) {
        if (LANES != null) LANES.apply(this, x, xAt, y, yAt, n);
        else scalarApply(x, xAt, y, yAt, n);
    }

    /** The sum of f(x[from + j]) for j < n, in float over short runs and in double across them. */
    public double sum(float[] x, int from, int n) {
        return LANES != null ? LANES.sum(this, x, from, n) : scalarSum(x, from, n);
    }

    /** into[intoAt + j] += f(x[xAt + j]) for j < n (a gradient added into a leaf's grad without storing it). */
    public void addInto(float[] x, int xAt, float[] into, int intoAt, int n) {
        if (LANES != null) LANES.addInto(this, x, xAt, into, intoAt, n);
        else scalarAddInto(x, xAt, into, intoAt, n);
    }

    /** The stage on one value: what every path computes for each element. */
    float valueOf(float v) {
        if (affine1) v = v * scale1 + shift1;
        if (clamp) v = Math.min(Math.max(v, low), high);
        if (keep) v = v != 0f ? kept : 0f; // true for NaN too: PyTorch passes the gradient there
        if (affine2) v = v * scale2 + shift2;
        return v;
    }

    void scalarApply(float[] x, int xAt, float[] y, int yAt, int n) {
        for (int j = 0; j < n; j++) y[yAt + j] = valueOf(x[xAt + j]);
    }

    double scalarSum(float[] x, int from, int n) {
        double s0 = 0, s1 = 0;
        int j = 0;
        for (; j + 1 < n; j += 2) {
            s0 += valueOf(x[from + j]);
            s1 += valueOf(x[from + j + 1]);
        }
        if (j < n) s0 += valueOf(x[from + j]);
        return s0 + s1;
    }

    void scalarAddInto(float[] x, int xAt, float[] into, int intoAt, int n) {
        for (int j = 0; j < n; j++) into[intoAt + j] += valueOf(x[xAt + j]);
    }

    static Lanes lanes() { return LANES; }

    private static final int MUL1 = 0, ADD1 = 1, CLAMP = 2, KEEP = 3, MUL2 = 4, ADD2 = 5;

    /** Collects ops in order; each method says whether its op still fits after the ones taken so far. */
    public static final class Builder {
        private final boolean[] used = new boolean[6];
        private int last = -1;
        private float scale1 = 1f, shift1 = -0f, low = Float.NEGATIVE_INFINITY, high = Float.POSITIVE_INFINITY, kept,
                scale2 = 1f, shift2 = -0f;

        /** v * c. */
        public boolean multiply(float c) {
            if (take(MUL1)) scale1 = c;
            else if (take(MUL2)) scale2 = c;
            else return false;
            return true;
        }

        /** v + c. */
        public boolean add(float c) {
            if (take(ADD1)) shift1 = c;
            else if (take(ADD2)) shift2 = c;
            else return false;
            return true;
        }

        /** min(max(v, low), high), as Math.min and Math.max (NaN stays NaN). */
        public boolean clamp(float lo, float hi) {
            if (!take(CLAMP)) return false;
            low = lo;
            high = hi;
            return true;
        }

        /** v != 0 (or NaN) ? value : 0. */
        public boolean keepWhereNonzero(float value) {
            if (!take(KEEP)) return false;
            kept = value;
            return true;
        }

        public boolean isEmpty() { return last < 0; }

        public FusedStage build() { return new FusedStage(this); }

        private boolean take(int slot) {
            if (slot <= last) return false;
            used[slot] = true;
            last = slot;
            return true;
        }
    }
}
