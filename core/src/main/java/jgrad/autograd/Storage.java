package jgrad.autograd;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The flat memory behind a tensor and all its views: a {@code float[]} for FLOAT32, a {@code double[]} for
 * FLOAT64 (exactly one of the two is set), plus the in-place write counter that the views share
 * (PyTorch's {@code tensor._version}). The one place tensor memory is allocated.
 *
 * <p>Kernels branch once on {@link #isFloat()} and then run a loop over the raw array of that type, so each
 * loop is compiled for one element type. A storage may also be deferred: its values are computed from another
 * storage on first access (see {@link #deferred}).
 */
public final class Storage {
    /** The most elements one storage can hold: the JVM's largest array. */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static final int PRUNE_MIN = 32;

    /** Computes the values of a deferred storage from its source. */
    public interface Recipe {
        /** Writes elements [0, target.length()) of the result into {@code target}, a plain storage. */
        void evaluate(Storage source, Storage target);

        /** Writes elements [from, from + n) of a FLOAT32 result into {@code into[at..]}. */
        void evaluate(Storage source, int from, int n, float[] into, int at);

        /** Writes elements [from, from + n) of a FLOAT64 result into {@code into[at..]}. */
        void evaluate(Storage source, int from, int n, double[] into, int at);

        /**
         * Adds elements [from, from + n) of a FLOAT32 result into {@code into[at..]} without storing them all:
         * by default evaluated a cache-sized block at a time.
         */
        default void addTo(Storage source, int from, int n, float[] into, int at) {
            float[] block = new float[Math.min(BLOCK, n)];
            for (int b = 0; b < n; b += BLOCK) {
                int len = Math.min(BLOCK, n - b);
                evaluate(source, from + b, len, block, 0);
                for (int j = 0; j < len; j++) into[at + b + j] += block[j];
            }
        }
    }

    /** Elements a consumer of a deferred storage evaluates at a time: small enough to stay in the core's cache. */
    public static final int BLOCK = 4096;

    /**
     * How a deferred storage's values will be computed: {@code recipe} applied to {@code source}.
     *
     * @hidden
     */
    public record Deferred(Storage source, Recipe recipe) { }

    private final DType dtype;
    private final int length;
    private float[] floats;
    private double[] doubles;
    private volatile Deferred deferred;
    private List<WeakReference<Storage>> dependents; // deferred storages computed from this one
    private int pruneAt = PRUNE_MIN; // the dependents' size at which dead and computed entries are next dropped
    private int version;

    private Storage(float[] floats, double[] doubles) {
        this.floats = floats;
        this.doubles = doubles;
        this.dtype = floats != null ? DType.FLOAT32 : DType.FLOAT64;
        this.length = floats != null ? floats.length : doubles.length;
    }

    private Storage(DType dtype, int length, Deferred deferred) {
        this.dtype = dtype;
        this.length = length;
        this.deferred = deferred;
    }

    /**
     * Zero-filled storage of {@code length} elements of {@code dtype}.
     *
     * @hidden
     */
    public static Storage allocate(DType dtype, int length) {
        try {
            return dtype == DType.FLOAT32 ? new Storage(new float[length], null) : new Storage(null, new double[length]);
        } catch (OutOfMemoryError e) {
            throw new OutOfMemoryError(noRoomFor(dtype, length));
        }
    }

    /** The heap's "Java heap space" said in a tensor's words: how many elements, how many bytes, the heap's limit. */
    private static String noRoomFor(DType dtype, int length) {
        Runtime rt = Runtime.getRuntime();
        long bytes = (long) length * (dtype == DType.FLOAT32 ? Float.BYTES : Double.BYTES);
        return String.format(java.util.Locale.ROOT, "no room for a %s tensor of %,d elements (%.2f GB): the Java heap "
                + "holds at most %.2f GB and %.2f GB of it is in use", dtype.displayName(), length, bytes / 1e9,
                rt.maxMemory() / 1e9, (rt.totalMemory() - rt.freeMemory()) / 1e9);
    }

    /**
     * Storage whose values are computed from {@code source} by {@code recipe} only when first read (or before
     * {@code source} is next written), so that a chain of elementwise ops can run as one pass, or be summed
     * without ever being stored. {@code source} must not itself be deferred.
     *
     * @hidden
     */
    public static Storage deferred(DType dtype, int length, Storage source, Recipe recipe) {
        if (source.deferred != null) throw new IllegalArgumentException("the source of a deferred storage is deferred");
        Storage s = new Storage(dtype, length, new Deferred(source, recipe));
        source.addDependent(s);
        return s;
    }

    /**
     * The pending computation, or null once the values are stored (a snapshot: it may be computed any time).
     *
     * @hidden
     */
    public Deferred deferral() { return deferred; }

    private void addDependent(Storage s) {
        synchronized (this) {
            if (dependents == null) dependents = new ArrayList<>();
            if (dependents.size() >= pruneAt) {
                // Entries a step left behind are dropped only once the collector clears them, so a loop can
                // leave thousands between collections: prune when the list has doubled, not at every add.
                dependents.removeIf(r -> r.get() == null || r.get().deferred == null);
                pruneAt = Math.max(PRUNE_MIN, 2 * dependents.size());
            }
            dependents.add(new WeakReference<>(s));
        }
    }

    /**
     * Call before writing into this storage in place: deferred storages computed from it take their values now.
     *
     * @hidden
     */
    public void beforeWrite() {
        materialize();
        List<WeakReference<Storage>> waiting;
        synchronized (this) {
            if (dependents == null) return;
            waiting = dependents;
            dependents = null;
        }
        for (WeakReference<Storage> r : waiting) {
            Storage s = r.get();
            if (s != null) s.materialize();
        }
    }

    private void materialize() {
        if (deferred == null) return;
        synchronized (this) {
            Deferred d = deferred;
            if (d == null) return;
            Storage values = allocate(dtype, length);
            d.recipe().evaluate(d.source(), values);
            floats = values.floats;
            doubles = values.doubles;
            deferred = null;
        }
    }

    /**
     * Wraps (takes ownership of) an array.
     *
     * @hidden
     */
    public static Storage wrap(float[] values) { return new Storage(values, null); }

    /**
     * Wraps (takes ownership of) an array.
     *
     * @hidden
     */
    public static Storage wrap(double[] values) { return new Storage(null, values); }

    /**
     * {@code values} as {@code dtype}: FLOAT64 takes ownership of the array, FLOAT32 rounds each value into a float[].
     *
     * @hidden
     */
    public static Storage of(double[] values, DType dtype) {
        if (dtype == DType.FLOAT64) return wrap(values);
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
        return wrap(f);
    }

    /**
     * The element type: FLOAT32 (a float[]) or FLOAT64 (a double[]).
     *
     * @hidden
     */
    public DType dtype() { return dtype; }

    /**
     * Whether this is FLOAT32 storage, held in a float[].
     *
     * @hidden
     */
    public boolean isFloat() { return dtype == DType.FLOAT32; }

    /**
     * The raw float array (only for FLOAT32 storage); read-only for everyone but the op that allocated it.
     *
     * @hidden
     */
    public float[] floats() {
        if (dtype != DType.FLOAT32) throw new IllegalStateException("storage holds float64 values, not float32");
        materialize();
        return floats;
    }

    /**
     * The raw double array (only for FLOAT64 storage); read-only for everyone but the op that allocated it.
     *
     * @hidden
     */
    public double[] doubles() {
        if (dtype != DType.FLOAT64) throw new IllegalStateException("storage holds float32 values, not float64");
        materialize();
        return doubles;
    }

    /**
     * The number of elements.
     *
     * @hidden
     */
    public int length() { return length; }

    /**
     * Element {@code i} as a double (computing a deferred storage first).
     *
     * @hidden
     */
    public double get(int i) {
        materialize();
        return floats != null ? floats[i] : doubles[i];
    }

    /**
     * Stores {@code v}, rounded to float for FLOAT32.
     *
     * @hidden
     */
    public void set(int i, double v) {
        materialize();
        if (floats != null) floats[i] = (float) v;
        else doubles[i] = v;
    }

    /**
     * Elements [from, from + n) as doubles (exact for both types).
     *
     * @hidden
     */
    public double[] toDoubles(int from, int n) {
        materialize();
        if (doubles != null) return Arrays.copyOfRange(doubles, from, from + n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = floats[from + i];
        return d;
    }

    /**
     * Copies {@code n} elements between storages of the same type (System.arraycopy semantics).
     *
     * @hidden
     */
    public static void copy(Storage src, int srcPos, Storage dst, int dstPos, int n) {
        if (src.isFloat()) System.arraycopy(src.floats(), srcPos, dst.floats(), dstPos, n);
        else System.arraycopy(src.doubles(), srcPos, dst.doubles(), dstPos, n);
    }

    /**
     * Writes {@code v} (rounded to float for FLOAT32) into [from, to).
     *
     * @hidden
     */
    public void fill(int from, int to, double v) {
        if (isFloat()) Arrays.fill(floats(), from, to, (float) v);
        else Arrays.fill(doubles(), from, to, v);
    }

    /**
     * How many in-place writes this storage (through any view) has seen.
     *
     * @hidden
     */
    public int version() { return version; }

    /**
     * Records an in-place write.
     *
     * @hidden
     */
    public void bumpVersion() { version++; }
}
