package jgrad.kernel.protocol;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One shell's thread: the main shell's or a subshell's. It handles its messages one at a time, in the
 * order they came, so a cell running on the main shell holds up only the main shell's queue.
 */
final class ShellWorker {
    private static final Logger LOG = Logger.getLogger(ShellWorker.class.getName());
    private static final Runnable STOP = () -> { };
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;

    ShellWorker(String name) {
        thread = new Thread(this::work, name);
        thread.setDaemon(true); // a cell still running at shutdown must not keep the JVM alive
        thread.start();
    }

    /** Queues {@code task} after everything queued before it. */
    void submit(Runnable task) {
        queue.add(task);
    }

    /** Ends the thread once what is queued now has been handled. */
    void stop() {
        queue.add(STOP);
    }

    /** Waits for the thread to end, at most {@code timeoutMs}; true when it has. */
    boolean awaitStopped(long timeoutMs) {
        try {
            thread.join(timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private void work() {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                return;
            }
            try {
                task.run();
            } catch (Throwable e) { // the next message is still handled
                LOG.log(Level.SEVERE, "shell: a message's handling failed", e);
            }
        }
    }
}
