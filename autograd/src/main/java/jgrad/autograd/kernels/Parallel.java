package jgrad.autograd.kernels;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The one place kernels fan work out to other cores: the JDK's common ForkJoin pool (daemon threads,
 * created lazily, shared by every kernel) plus the calling thread, which also takes tasks.
 */
final class Parallel {
    private Parallel() { }

    /** Runs {@code task.accept(t)} for t in [0, tasks); concurrently when there is more than one task. */
    static void forEach(int tasks, IntConsumer task) {
        if (tasks == 1) {
            task.accept(0);
            return;
        }
        IntStream.range(0, tasks).parallel().forEach(task);
    }

    /** Cores the pool and the caller can use together. */
    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
