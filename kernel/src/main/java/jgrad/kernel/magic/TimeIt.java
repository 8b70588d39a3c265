package jgrad.kernel.magic;

import java.util.Locale;
import java.util.function.Supplier;

/** Runs a snippet body repeatedly and reports the best time per loop (called from cells). */
public final class TimeIt {
    private static final long TARGET_NANOS = 200_000_000L;

    /** Where timed expressions' values go, so that the JIT cannot prove them unused and drop the work. */
    @SuppressWarnings("unused")
    private static volatile Object sink;

    private TimeIt() {
    }

    /** Times an expression, keeping each value. */
    public static String runExpression(Supplier<?> expression) {
        return run(() -> sink = expression.get());
    }

    public static String run(Runnable body) {
        int loops = 1;
        long elapsed;
        while (true) {
            elapsed = time(body, loops);
            if (elapsed >= TARGET_NANOS || loops >= 1_000_000) {
                break;
            }
            loops *= 10;
        }
        long best = elapsed;
        for (int r = 1; r < 3; r++) {
            best = Math.min(best, time(body, loops));
        }
        return loops + " loops, best of 3: " + format(best / (double) loops) + " per loop";
    }

    private static long time(Runnable body, int loops) {
        long start = System.nanoTime();
        for (int i = 0; i < loops; i++) {
            body.run();
        }
        return System.nanoTime() - start;
    }

    static String format(double nanos) {
        if (nanos < 1e3) {
            return String.format(Locale.ROOT, "%.1f ns", nanos);
        }
        if (nanos < 1e6) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        if (nanos < 1e9) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
