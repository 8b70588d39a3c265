package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import jgrad.kernel.display.OutputRequest;

/**
 * Where what cells print and display goes: to the {@link IopubPublisher}, under the request of the
 * cell that started last (or of the widget message a thread handles: {@link OutputRequest}). Output
 * stays bound to that cell after it ends, so lines a background thread prints between cells reach the
 * latest cell instead of being dropped. Any thread may write here; none waits for the client or enters
 * ZeroMQ.
 */
final class CellOutput {
    private volatile IopubPublisher publisher;

    final PrintStream out = new PrintStream(new TextStream(PublishStream.StreamType.OUT), true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(new TextStream(PublishStream.StreamType.ERR), true, StandardCharsets.UTF_8);

    void connect(IopubPublisher publisher) {
        this.publisher = publisher;
    }

    /** Output from now on belongs to the cell of {@code request}. */
    void attach(MessageContext request) {
        OutputRequest.attachCell(request);
    }

    /** Publishes display data, display updates or clear_output to the current cell. */
    void publish(ContentType<?> content) {
        IopubPublisher p = publisher;
        MessageContext c = OutputRequest.current();
        if (p != null && c != null) {
            p.publish(c, content);
        }
    }

    /** Waits until all output published so far has been handed to ZeroMQ. */
    void awaitSent() {
        IopubPublisher p = publisher;
        if (p != null) {
            p.awaitSent();
        }
    }

    /** UTF-8 bytes to stream text; a character split across two writes is held back until it is whole. */
    private final class TextStream extends OutputStream {
        private final PublishStream.StreamType stream;
        private final byte[] partial = new byte[4];
        private int partialLength;

        TextStream(PublishStream.StreamType stream) {
            this.stream = stream;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            byte[] bytes = b;
            int start = off;
            int end = off + len;
            if (partialLength > 0) {
                bytes = new byte[partialLength + len];
                System.arraycopy(partial, 0, bytes, 0, partialLength);
                System.arraycopy(b, off, bytes, partialLength, len);
                start = 0;
                end = bytes.length;
                partialLength = 0;
            }
            int whole = Utf8.completeEnd(bytes, start, end);
            partialLength = end - whole;
            System.arraycopy(bytes, whole, partial, 0, partialLength);
            IopubPublisher p = publisher;
            MessageContext c = OutputRequest.current();
            if (p != null && c != null && whole > start) {
                p.write(c, stream, new String(bytes, start, whole - start, StandardCharsets.UTF_8));
            }
        }
    }
}
