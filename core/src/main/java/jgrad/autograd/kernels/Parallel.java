package jgrad.autograd.kernels;

import java.util.function.IntConsumer;

/**
 * The one place kernels fan work out to other cores: a {@link WorkerPool} of one daemon thread per extra
 * core (started on first use, shared by every kernel) plus the calling thread, which also takes tasks.
 */
public final class Parallel {
    /** Below this many element operations a fan-out costs more (the hand-off, a few µs) than it saves. */
    public static final long MIN_PARALLEL_WORK = 1L << 15;

    private Parallel() { }

    /** A contiguous share [from, to) of the items. */
    @FunctionalInterface
    public interface Range {
        void run(int from, int to);
    }

    /** Runs {@code task.accept(t)} for t in [0, tasks); concurrently when there is more than one task. */
    public static void forEach(int tasks, IntConsumer task) {
        if (tasks == 1) {
            task.accept(0);
            return;
        }
        Pool.INSTANCE.run(tasks, task);
    }

    /**
     * Splits items [0, count) into one contiguous range per core, or runs them all on the caller when
     * {@code totalWork} (element operations) is too small to pay for the hand-off. Ranges must not write
     * to the same memory.
     */
    public static void forRanges(int count, long totalWork, Range range) {
        int parts = totalWork < MIN_PARALLEL_WORK ? 1 : Math.min(count, threads());
        if (parts <= 1) {
            range.run(0, count);
            return;
        }
        forEach(parts, p -> range.run((int) ((long) count * p / parts), (int) ((long) count * (p + 1) / parts)));
    }

    /**
     * Cores the pool and the caller can use together. Read once: in a container the JVM answers
     * availableProcessors() by reading cgroup files, which is slow enough to show in small kernels.
     */
    public static int threads() {
        return THREADS;
    }

    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    /** Started on first use, so code that never fans out starts no threads. */
    private static final class Pool {
        static final WorkerPool INSTANCE = new WorkerPool(THREADS - 1);
    }
}
