package jgrad.kernel.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import java.util.List;
import java.util.Map;

/**
 * One widget model's comm: the front end's update, request_state and custom messages, handled on the widget
 * event thread ({@link WidgetEvents}) with their output answering the message.
 */
final class WidgetComm extends Comm {
    private final WidgetPeer peer;

    WidgetComm(CommManager manager, String id, WidgetPeer peer) {
        super(manager, id, WidgetProtocol.TARGET);
        this.peer = peer;
    }

    WidgetPeer peer() {
        return peer;
    }

    @Override
    protected void onMessage(Message<CommMsgCommand> message) {
        JsonObject data = message.getContent().getData();
        List<byte[]> buffers = message.getBlobs() == null ? List.of() : message.getBlobs();
        WidgetEvents.handle(message, () -> dispatch(data, buffers));
    }

    private void dispatch(JsonObject data, List<byte[]> buffers) {
        String method = data != null && data.has("method") ? data.get("method").getAsString() : "";
        switch (method) {
            case "update" -> update(data, buffers);
            case "request_state" -> WidgetKernel.message(getID(), "update", "state", peer.wireState());
            case "custom" -> {
                JsonElement content = data.get("content");
                @SuppressWarnings("unchecked")
                Map<String, Object> decoded = content != null && content.isJsonObject()
                        ? (Map<String, Object>) StateCodec.decode(content) : Map.of();
                peer.frontEndCustom(decoded, buffers);
            }
            default -> System.err.println("widget " + peer.modelName() + ": ignored a front-end message with method '"
                    + method + "' (known: update, request_state, custom)");
        }
    }

    /** ipywidgets 8: echo the synced keys back to every front end at once, then apply them. */
    private void update(JsonObject data, List<byte[]> buffers) {
        if (data.get("state") == null || !data.get("state").isJsonObject()) {
            return;
        }
        JsonArray paths = data.has("buffer_paths") && data.get("buffer_paths").isJsonArray()
                ? data.getAsJsonArray("buffer_paths") : new JsonArray();
        Map<String, Object> state = StateCodec.decode(data.getAsJsonObject("state"), paths, buffers);
        state.keySet().removeIf(key -> !peer.syncs(key));
        if (!state.isEmpty()) {
            WidgetKernel.message(getID(), "echo_update", "state", state);
            peer.frontEndUpdate(state);
        }
    }

    @Override
    protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {
        if (!sending) {
            WidgetEvents.handle(closeMessage, peer::frontEndClosed);
        }
    }
}
