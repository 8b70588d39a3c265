package jgrad.viz;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code progress(i, n)} outside a {@code %%track} cell: one text line, "37/100 · 12.3 it/s · ETA 5.1 s ·
 * elapsed 3.0 s", rewritten in place (a carriage return, as tqdm does) at most once per
 * {@link Tracker#MIN_REDRAW_NANOS} and ended with a newline when i reaches n. A call with a different n, or
 * an i below the last one, starts a new loop.
 */
final class TextProgress {
    private final Supplier<PrintStream> out; // looked up per line: the kernel may swap System.out between cells
    private final LongSupplier clock;
    private long startNanos;
    private long firstDone;
    private long lastDone = -1;
    private long lastTotal;
    private long lastPrintNanos;
    private boolean printed;

    TextProgress(Supplier<PrintStream> out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    synchronized void report(long i, long n) {
        Tracker.checkProgress(i, n);
        long now = clock.getAsLong();
        if (lastDone < 0 || n != lastTotal || i < lastDone) {
            startNanos = now;
            firstDone = i;
            printed = false;
        }
        lastDone = i;
        lastTotal = n;
        boolean last = i >= n;
        if (printed && !last && now - lastPrintNanos < Tracker.MIN_REDRAW_NANOS) {
            return;
        }
        double elapsed = (now - startNanos) / 1e9;
        double rate = elapsed > 0 ? (i - firstDone) / elapsed : 0;
        PrintStream stream = out.get();
        stream.print("\r" + ProgressLine.counter(i, n, rate, elapsed) + (last ? "\n" : ""));
        stream.flush();
        printed = true;
        lastPrintNanos = now;
        if (last) {
            lastDone = -1; // the loop is over: the next call starts another
        }
    }
}
