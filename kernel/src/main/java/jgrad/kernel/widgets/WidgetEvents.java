package jgrad.kernel.widgets;

import io.github.spencerpark.jupyter.messages.MessageContext;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import jgrad.kernel.display.OutputRequest;

/**
 * The thread that runs what a front end's widget messages trigger (listeners included), one message at a
 * time in arrival order: user code never runs on the shell thread. The shell thread waits for it, so the
 * kernel stays busy with that message until its listeners are done: a front end keeps the message's
 * output (an Output widget captures it by the message's id) only until the kernel goes idle. An interrupt
 * ends the wait: the listener's thread is interrupted and left to finish alone, and later messages get a
 * fresh thread.
 */
public final class WidgetEvents {
    private static final Object LOCK = new Object();
    private static final Set<CompletableFuture<Void>> WAITING = ConcurrentHashMap.newKeySet();
    private static ExecutorService events = newThread();

    private WidgetEvents() {
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "jgrad-widget-events");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} on the event thread, its output answering {@code request}; waits until it is done. */
    static void handle(MessageContext request, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ExecutorService thread;
        synchronized (LOCK) {
            thread = events;
        }
        WAITING.add(done);
        try {
            thread.execute(() -> {
                try {
                    OutputRequest.runAnswering(request, () -> {
                        try {
                            task.run();
                        } catch (RuntimeException | LinkageError | StackOverflowError e) {
                            System.err.println("a widget event failed: " + e);
                        }
                    });
                } finally {
                    done.complete(null);
                }
            });
            done.join();
        } catch (RejectedExecutionException e) {
            // interrupted and replaced just now: this message is dropped like any interrupted work
        } finally {
            WAITING.remove(done);
        }
    }

    /** The kernel was interrupted: stop waiting for the listener that runs now, if one does. */
    public static void interrupt() {
        synchronized (LOCK) {
            if (WAITING.isEmpty()) {
                return;
            }
            events.shutdownNow();
            events = newThread();
        }
        WAITING.forEach(done -> done.complete(null));
    }
}
