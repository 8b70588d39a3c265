package jgrad.autograd;

import java.util.Arrays;

/**
 * The flat memory behind a tensor and all its views: a {@code float[]} for FLOAT32, a {@code double[]} for
 * FLOAT64 (exactly one of the two is set), plus the in-place write counter that the views share
 * (PyTorch's {@code tensor._version}). The one place tensor memory is allocated.
 *
 * <p>Kernels branch once on {@link #isFloat()} and then run a loop over the raw array of that type, so each
 * loop is compiled for one element type.
 */
public final class Storage {
    /** The most elements one storage can hold: the JVM's largest array. */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final float[] floats;
    private final double[] doubles;
    private int version;

    private Storage(float[] floats, double[] doubles) {
        this.floats = floats;
        this.doubles = doubles;
    }

    /** Zero-filled storage of {@code length} elements of {@code dtype}. */
    public static Storage allocate(DType dtype, int length) {
        return dtype == DType.FLOAT32 ? new Storage(new float[length], null) : new Storage(null, new double[length]);
    }

    /** Wraps (takes ownership of) an array. */
    public static Storage wrap(float[] values) { return new Storage(values, null); }

    /** Wraps (takes ownership of) an array. */
    public static Storage wrap(double[] values) { return new Storage(null, values); }

    /** {@code values} converted to {@code dtype} (a fresh array; FLOAT32 rounds each value to float). */
    public static Storage of(double[] values, DType dtype) {
        if (dtype == DType.FLOAT64) return wrap(values.clone());
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
        return wrap(f);
    }

    public DType dtype() { return floats != null ? DType.FLOAT32 : DType.FLOAT64; }

    public boolean isFloat() { return floats != null; }

    /** The raw float array; only for FLOAT32 storage. */
    public float[] floats() {
        if (floats == null) throw new IllegalStateException("storage holds float64 values, not float32");
        return floats;
    }

    /** The raw double array; only for FLOAT64 storage. */
    public double[] doubles() {
        if (doubles == null) throw new IllegalStateException("storage holds float32 values, not float64");
        return doubles;
    }

    public int length() { return floats != null ? floats.length : doubles.length; }

    public double get(int i) { return floats != null ? floats[i] : doubles[i]; }

    /** Stores {@code v}, rounded to float for FLOAT32. */
    public void set(int i, double v) {
        if (floats != null) floats[i] = (float) v;
        else doubles[i] = v;
    }

    /** Elements [from, from + n) as doubles (exact for both types). */
    public double[] toDoubles(int from, int n) {
        if (doubles != null) return Arrays.copyOfRange(doubles, from, from + n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = floats[from + i];
        return d;
    }

    /** Copies {@code n} elements between storages of the same type (System.arraycopy semantics). */
    public static void copy(Storage src, int srcPos, Storage dst, int dstPos, int n) {
        if (src.floats != null) System.arraycopy(src.floats, srcPos, dst.floats(), dstPos, n);
        else System.arraycopy(src.doubles, srcPos, dst.doubles(), dstPos, n);
    }

    /** Writes {@code v} (rounded to float for FLOAT32) into [from, to). */
    public void fill(int from, int to, double v) {
        if (floats != null) Arrays.fill(floats, from, to, (float) v);
        else Arrays.fill(doubles, from, to, v);
    }

    /** How many in-place writes this storage (through any view) has seen. */
    public int version() { return version; }

    /** Records an in-place write. */
    public void bumpVersion() { version++; }
}
