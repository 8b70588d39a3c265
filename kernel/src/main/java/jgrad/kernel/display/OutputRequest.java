package jgrad.kernel.display;

import io.github.spencerpark.jupyter.messages.MessageContext;

/**
 * The request a thread's output answers: the cell that started last, except on a thread that handles a
 * front end's widget message, whose output answers that message. A front end routes output by its parent
 * request, and an Output widget captures exactly the output whose parent is the request it names.
 */
public final class OutputRequest {
    private static final ThreadLocal<MessageContext> HANDLING = new ThreadLocal<>();
    private static volatile MessageContext cell;

    private OutputRequest() {
    }

    /** From now on output belongs to the cell of {@code request} (on threads handling no other request). */
    public static void attachCell(MessageContext request) {
        cell = request;
    }

    /** The request this thread's output answers now; null before the first cell. */
    public static MessageContext current() {
        MessageContext handling = HANDLING.get();
        return handling != null ? handling : cell;
    }

    /** Runs {@code task} on this thread with its output answering {@code request}. */
    public static void runAnswering(MessageContext request, Runnable task) {
        MessageContext before = HANDLING.get();
        HANDLING.set(request);
        try {
            task.run();
        } finally {
            if (before == null) {
                HANDLING.remove();
            } else {
                HANDLING.set(before);
            }
        }
    }
}
