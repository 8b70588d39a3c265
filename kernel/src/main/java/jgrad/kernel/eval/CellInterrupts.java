package jgrad.kernel.eval;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Which cell an interrupt stops, and stopping it until it has stopped. An interrupt that arrives
 * while a cell is active (from before its busy status to its end) stops that cell, wherever it is:
 * compiling, between snippets, or running one. The user code is stopped again every
 * {@value #RETRY_MS} ms until the cell ends, because JShell's stop only reaches a snippet that is
 * already running and resets itself when the next one starts: a single stop landing in between
 * would be lost.
 *
 * <p>An interrupt that arrives while no cell is active stops the next cell if the client sent that
 * cell's request before the interrupt (its header dates say so): sent right after execute, the
 * interrupt can overtake it, since shell and control are separate sockets. Otherwise it is
 * ignored, as IPython ignores Ctrl-C at its prompt.
 *
 * <p>With a time limit set, a cell still active when it runs out is stopped the same way, by the
 * same thread, and {@link #timedOut} says so.
 */
final class CellInterrupts {
    static final long RETRY_MS = 20;
    /** An interrupt received while idle is forgotten after this long (client clocks can disagree). */
    private static final long PENDING_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Runnable stopUserCode;
    private final Thread stopper;
    private boolean cellActive;
    private volatile boolean stopRequested;
    private Instant pendingSentAt;
    private long pendingReceivedNanos;
    private long timeLimitNanos;
    private long deadlineNanos;
    private volatile boolean timedOut;

    /** {@code stopUserCode} stops the snippet running now, if any; it is called from the stopper thread only. */
    CellInterrupts(Runnable stopUserCode) {
        this.stopUserCode = stopUserCode;
        // Started by the kernel's thread, outside every thread group that a stop reaches.
        stopper = new Thread(this::stopLoop, "jgrad-interrupts");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** A cell begins; {@code sentAt} is when the client sent its request, if known. */
    synchronized void cellStarted(Optional<Instant> sentAt) {
        boolean pendingApplies = pendingSentAt != null
                && System.nanoTime() - pendingReceivedNanos < PENDING_NANOS
                && sentAt.map(at -> !at.isAfter(pendingSentAt)).orElse(false);
        pendingSentAt = null;
        cellActive = true;
        stopRequested = pendingApplies;
        timedOut = false;
        deadlineNanos = timeLimitNanos > 0 ? System.nanoTime() + timeLimitNanos : 0;
        notifyAll();
    }

    synchronized void cellEnded() {
        cellActive = false;
        stopRequested = false;
        deadlineNanos = 0;
    }

    /** Cells started from now on are stopped once they have been active this long; zero for no limit. */
    synchronized void setTimeLimit(long nanos) {
        timeLimitNanos = Math.max(0, nanos);
    }

    /** True once the active cell was stopped because it ran out of time (not by an interrupt). */
    boolean timedOut() {
        return timedOut;
    }

    /** An interrupt; {@code sentAt} is when the client sent it, if known (a signal has no date). */
    synchronized void interrupt(Optional<Instant> sentAt) {
        if (cellActive) {
            stopRequested = true;
            notifyAll();
        } else if (sentAt.isPresent()) {
            pendingSentAt = sentAt.get();
            pendingReceivedNanos = System.nanoTime();
        }
    }

    /** True once the active cell must stop: nothing more of it may run. */
    boolean stopRequested() {
        return stopRequested;
    }

    void close() {
        stopper.interrupt();
    }

    private void stopLoop() {
        while (true) {
            synchronized (this) {
                while (!(cellActive && stopRequested)) {
                    try {
                        long left = cellActive && deadlineNanos != 0 ? deadlineNanos - System.nanoTime() : 0;
                        if (cellActive && deadlineNanos != 0 && left <= 0) {
                            timedOut = true;
                            stopRequested = true;
                        } else if (left > 0) {
                            TimeUnit.NANOSECONDS.timedWait(this, left);
                        } else {
                            wait();
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            try {
                stopUserCode.run();
            } catch (RuntimeException | Error e) {
                // JShell may refuse a stop between snippets; the next attempt is RETRY_MS away
            }
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
