package jgrad.kernel.display;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * Caps what one cell may print (stdout and stderr together). A cell printing in a loop would
 * otherwise send megabytes to the browser and freeze it; past the cap the output is dropped and
 * one "[output truncated after N MB]" line says so. The cap is {@code -Djgrad.output.limit.mb}
 * (default 1).
 */
public final class OutputLimit {
    private static final long DEFAULT_LIMIT = 1L << 20;

    private OutputLimit() {
    }

    /** Bytes one cell may print. */
    public static long limitBytes() {
        return Long.getLong("jgrad.output.limit.mb", DEFAULT_LIMIT >> 20) << 20;
    }

    /** Runs body with System.out and System.err capped together at limitBytes; restores them after. */
    public static <T> T capped(long limitBytes, Callable<T> body) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Budget budget = new Budget(limitBytes);
        System.setOut(new PrintStream(new CappedStream(out, budget), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new CappedStream(err, budget), true, StandardCharsets.UTF_8));
        try {
            return body.call();
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Bytes left to print in this cell, shared by stdout and stderr. */
    private static final class Budget {
        private final long limit;
        private long used;
        private boolean noticeShown;

        Budget(long limit) {
            this.limit = limit;
        }

        /** How many of n bytes may still be written; 0 once the cap is reached. */
        synchronized int take(int n) {
            long allowed = Math.max(0, Math.min(n, limit - used));
            used += allowed;
            return (int) allowed;
        }

        /** True exactly once: the first time output is dropped. */
        synchronized boolean firstDrop() {
            boolean first = !noticeShown;
            noticeShown = true;
            return first;
        }

        String notice() {
            return "\n[output truncated after " + (limit >> 20) + " MB]\n";
        }
    }

    private static final class CappedStream extends FilterOutputStream {
        private final Budget budget;

        CappedStream(OutputStream target, Budget budget) {
            super(target);
            this.budget = budget;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int allowed = budget.take(len);
            out.write(b, off, allowed);
            if (allowed < len && budget.firstDrop()) {
                out.write(budget.notice().getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }
}
