package jgrad.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.publish.PublishStream.StreamType;
import org.junit.jupiter.api.Test;

class StreamBatchTest {
    private static final long MS = 1_000_000;
    private final Message<?> cell = request();
    private final Message<?> otherCell = request();

    private static Message<?> request() {
        return new Message<>(new Header<>(MessageType.EXECUTE_REQUEST), null);
    }

    @Test
    void writesOfOneStreamOfOneCellBecomeOneMessage() {
        StreamBatch batch = new StreamBatch(50 * MS, 1000);
        assertTrue(batch.accepts(cell, StreamType.OUT));
        batch.add(cell, StreamType.OUT, "line 1\n", 0);
        batch.add(cell, StreamType.OUT, "line 2\n", 10 * MS);
        assertTrue(batch.accepts(cell, StreamType.OUT));
        assertFalse(batch.accepts(cell, StreamType.ERR), "stderr text must not join stdout text");
        assertFalse(batch.accepts(otherCell, StreamType.OUT), "another cell's text must not join");
        Message<PublishStream> m = batch.take();
        assertEquals("line 1\nline 2\n", m.getContent().getText());
        assertEquals(StreamType.OUT, m.getContent().getStreamType());
        assertEquals(cell.getHeader().getId(), m.getParentHeader().getId());
        assertTrue(batch.isEmpty());
        assertTrue(batch.accepts(otherCell, StreamType.ERR), "an empty batch takes any text");
    }

    @Test
    void dueAfterTheIntervalOrWhenFull() {
        StreamBatch batch = new StreamBatch(50 * MS, 10);
        assertFalse(batch.isDue(0), "an empty batch is never due");
        batch.add(cell, StreamType.OUT, "abc", 100 * MS);
        assertFalse(batch.isDue(149 * MS));
        assertEquals(30 * MS, batch.nanosUntilDue(120 * MS));
        assertTrue(batch.isDue(150 * MS), "due one interval after its first text");
        batch.add(cell, StreamType.OUT, "defghijk", 101 * MS);
        assertTrue(batch.isDue(101 * MS), "due at once when full");
    }
}
