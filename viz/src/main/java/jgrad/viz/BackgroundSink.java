package jgrad.viz;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands updates to another sink on a background thread, so that encoding a frame (about 40 ms for
 * a tracker grid) does not pause the training loop. Only the newest pending update is kept: a
 * frame that is superseded before it is drawn is skipped. {@link #show} stays synchronous because
 * it returns the display id. {@link #close()} waits until the last update has been delivered.
 *
 * <p>The worker thread starts with the sink, on the thread that creates it, not later on the first
 * update's thread: a thread belongs to the thread group of the thread that starts it, and stopping a
 * notebook cell stops (or interrupts) every thread in the cell's group, which would hit a frame being
 * drawn. Create the sink outside the code that may be stopped to keep the last frame intact.
 */
public final class BackgroundSink implements DisplaySink, AutoCloseable {
    private record Update(String id, Object value) {
    }

    private final DisplaySink target;
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "jgrad-display-updates");
                t.setDaemon(true);
                return t;
            });

    /** Forwards to {@code target} from a worker thread started now, on this thread (see the class comment). */
    public BackgroundSink(DisplaySink target) {
        this.target = target;
        worker.prestartCoreThread();
    }

    @Override
    public String show(Object value) {
        return target.show(value);
    }

    @Override
    public void update(String id, Object value) {
        if (pending.getAndSet(new Update(id, value)) == null) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        Update u = pending.getAndSet(null);
        if (u == null) {
            return;
        }
        try {
            target.update(u.id(), u.value());
        } catch (RuntimeException e) {
            System.err.println("live chart update failed: " + e);
        }
    }

    /**
     * Delivers what is pending and stops the worker; waits at most 30 s. Also after an interrupted
     * cell (the interrupt flag is put back afterwards), so the final chart still arrives.
     */
    @Override
    public void close() {
        worker.shutdown();
        boolean interrupted = Thread.interrupted();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                System.err.println("live chart: the last update did not finish within 30 s");
            } else {
                drain(); // an update whose hand-over was cut short (its thread stopped) is drawn here
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
