package jgrad.kernel.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonParser;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import io.github.spencerpark.jupyter.messages.comm.CommOpenCommand;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The messages a widget's comm sends: comm_open with its state and protocol version, updates, comm_close. */
class WidgetKernelTest {
    private final CommManager comms = new CommManager();
    private final List<Message<?>> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void disconnect() {
        WidgetKernel.disconnect();
    }

    private static final class Peer implements WidgetPeer {
        @Override
        public String modelName() {
            return "IntSliderModel";
        }

        @Override
        public String modelModule() {
            return "@jupyter-widgets/controls";
        }

        @Override
        public String modelModuleVersion() {
            return "2.0.0";
        }

        @Override
        public Map<String, Object> wireState() {
            return Map.of("value", 3, "data", new byte[] {7});
        }

        @Override
        public boolean syncs(String key) {
            return key.equals("value");
        }

        @Override
        public void frontEndUpdate(Map<String, Object> state) {
        }

        @Override
        public void frontEndCustom(Map<String, Object> content, List<byte[]> buffers) {
        }

        @Override
        public void frontEndClosed() {
        }
    }

    @Test
    void withoutAKernelNothingIsSent() {
        WidgetKernel.open("m1", new Peer());
        WidgetKernel.message("m1", "update", "state", Map.of("value", 1));
        assertEquals(List.of(), sent);
    }

    @Test
    void aModelOpensWithItsStateBuffersAndVersionThenUpdatesAndCloses() {
        WidgetKernel.connect(comms, sent::add);
        Peer peer = new Peer();
        WidgetKernel.open("m1", peer);
        assertSame(peer, WidgetKernel.peer("m1"));
        assertEquals(1, sent.size());
        Message<?> open = sent.get(0);
        CommOpenCommand content = (CommOpenCommand) open.getContent();
        assertEquals("jupyter.widget", content.getTargetName());
        assertEquals("m1", content.getCommID());
        assertEquals(JsonParser.parseString("{\"state\": {\"value\": 3}, \"buffer_paths\": [[\"data\"]]}"),
                content.getData());
        assertEquals(Map.of("version", "2.1.0"), open.getMetadata());
        assertEquals(1, open.getBlobs().size());

        WidgetKernel.message("m1", "update", "state", Map.of("value", 4));
        CommMsgCommand update = (CommMsgCommand) sent.get(1).getContent();
        assertEquals(JsonParser.parseString("{\"method\": \"update\", \"state\": {\"value\": 4}, \"buffer_paths\": []}"),
                update.getData());
        assertNull(sent.get(1).getBlobs(), "no buffers: no blob list (basekernel would leave the message unfinished)");

        WidgetKernel.close("m1");
        assertEquals("m1", ((CommCloseCommand) sent.get(2).getContent()).getCommID());
        assertNull(WidgetKernel.peer("m1"));
        WidgetKernel.close("m1");
        assertEquals(3, sent.size(), "closing twice sends one comm_close");
    }
}
