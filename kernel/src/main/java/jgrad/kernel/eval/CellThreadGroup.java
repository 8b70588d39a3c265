package jgrad.kernel.eval;

import java.io.PrintStream;
import java.util.function.UnaryOperator;

/**
 * The thread group of a cell's code and of every thread it starts. An error that ends such a thread
 * is printed to the kernel's standard error stream, which shows it in the latest cell, as a Python
 * notebook shows a thread's exception; JShell's own group would drop it without a word. Whatever
 * goes wrong while printing it (out of memory, a broken stream) ends there: nothing escapes.
 */
final class CellThreadGroup extends ThreadGroup {
    private final UnaryOperator<String> frameNames;

    /** {@code frameNames} rewrites a JShell frame ("REPL.$JShell$14.f($JShell$14.java:7)") as a cell line. */
    CellThreadGroup(ThreadGroup parent, UnaryOperator<String> frameNames) {
        super(parent, "jgrad cell");
        this.frameNames = frameNames;
    }

    @Override
    @SuppressWarnings("removal")
    public void uncaughtException(Thread t, Throwable e) {
        if (e instanceof ThreadDeath) {
            return; // stopped by an interrupt: not an error of the thread
        }
        if (e instanceof OutOfMemoryError) {
            MemoryReserve.release();
        }
        try {
            PrintStream err = System.err;
            StringBuilder report = new StringBuilder("Exception in thread \"").append(t.getName())
                    .append("\" (started by a cell): ").append(e);
            for (StackTraceElement frame : e.getStackTrace()) {
                report.append("\n\tat ").append(frame);
            }
            err.println(frameNames.apply(report.toString()));
            err.flush();
        } catch (Throwable ignored) {
            // the thread ends either way; the kernel must not
        }
    }
}
