package jgrad.kernel.eval;

import java.util.Locale;

/**
 * A few megabytes set aside while the kernel is healthy and given back the moment the heap runs out,
 * so that the error can still be formatted, sent and the next request read; taken again once a cell
 * has ended. Also the words for the heap's limit that an out-of-memory error shows.
 */
public final class MemoryReserve {
    /**
     * The property the launcher sets to the memory limit the kernel runs under (a JupyterHub server's
     * MEM_LIMIT, a container's limit), in bytes; the heap is its share of it.
     */
    public static final String LIMIT_PROPERTY = "jgrad.memory.limit";

    private static final int SIZE = 16 << 20;
    private static volatile byte[] reserve = new byte[SIZE];

    private MemoryReserve() {
    }

    /** Gives the reserve back to the heap (any thread, any number of times). */
    public static void release() {
        reserve = null;
    }

    /** Sets the reserve aside again if it was released and the heap has room now. */
    public static void restore() {
        if (reserve == null) {
            try {
                reserve = new byte[SIZE];
            } catch (OutOfMemoryError e) {
                // still full: try again after the next cell
            }
        }
    }

    /** True while the reserve is set aside. */
    public static boolean held() {
        return reserve != null;
    }

    /**
     * One hint line for a cell that ran out of heap: the limit, what is in use, and how to free memory or
     * raise the limit.
     */
    public static String outOfMemoryHint() {
        Runtime rt = Runtime.getRuntime();
        return outOfMemoryHint(rt.maxMemory(), rt.totalMemory() - rt.freeMemory(), Long.getLong(LIMIT_PROPERTY, 0L));
    }

    static String outOfMemoryHint(long max, long used, long memoryLimit) {
        String held = "hint: the kernel's Java heap holds at most " + bytes(max) + " (" + bytes(used) + " in use now)";
        if (memoryLimit > 0) {
            // A bigger -Xmx than the limit allows would get the kernel killed instead of this error.
            return held + ", its share of this server's memory limit of " + bytes(memoryLimit) + ". Free memory by "
                    + "setting big variables to null or use smaller tensors or batches; more needs a server with a "
                    + "higher memory limit. Variables of earlier cells are kept.";
        }
        long suggested = Math.max(2L << 30, Long.highestOneBit(Math.max(max, 1)) << 1);
        return held + ". Free memory by setting big variables to null, or give the kernel more: set JGRAD_JVM_OPTS=-Xmx"
                + (suggested >> 30) + "g in its environment (e.g. python -m jgrad_kernel install --env JGRAD_JVM_OPTS -Xmx"
                + (suggested >> 30) + "g) and restart it. Variables of earlier cells are kept.";
    }

    /** "1.6 GB", "640 MB", "12 kB" (decimal units, as memory sizes are quoted in error messages). */
    public static String bytes(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.0f MB", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f kB", n / 1e3);
    }
}
