package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;

/**
 * Text written to one stream (stdout or stderr) of one request that has not been published yet. As
 * ipykernel's OutStream does, consecutive writes become one stream message per interval or size, not
 * one per print call: a cell printing thousands of lines would otherwise flood the client.
 */
final class StreamBatch {
    private final long intervalNanos;
    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private MessageContext request;
    private PublishStream.StreamType stream;
    private long startedNanos;

    StreamBatch(long intervalNanos, int maxChars) {
        this.intervalNanos = intervalNanos;
        this.maxChars = maxChars;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** Whether text for this request and stream may join the batch (empty, or the same request and stream). */
    boolean accepts(MessageContext request, PublishStream.StreamType stream) {
        return isEmpty() || this.request == request && this.stream == stream;
    }

    /** Adds text; the caller checks {@link #accepts} first. */
    void add(MessageContext request, PublishStream.StreamType stream, String chunk, long nowNanos) {
        if (isEmpty()) {
            this.request = request;
            this.stream = stream;
            this.startedNanos = nowNanos;
        }
        text.append(chunk);
    }

    /** True when the batch should go out now: it is full, or its first text waited a whole interval. */
    boolean isDue(long nowNanos) {
        return !isEmpty() && (text.length() >= maxChars || nowNanos - startedNanos >= intervalNanos);
    }

    /** Nanoseconds until the batch is due (0 if it is); only meaningful when not empty. */
    long nanosUntilDue(long nowNanos) {
        return Math.max(0, startedNanos + intervalNanos - nowNanos);
    }

    /** The batch as one stream message; the batch is empty afterwards. */
    Message<PublishStream> take() {
        var content = new PublishStream(stream, text.toString());
        var message = new Message<>(request, PublishStream.MESSAGE_TYPE, content);
        text.setLength(0);
        if (text.capacity() > 4 * maxChars) {
            text.trimToSize(); // one huge print must not keep its buffer alive
        }
        request = null;
        return message;
    }
}
