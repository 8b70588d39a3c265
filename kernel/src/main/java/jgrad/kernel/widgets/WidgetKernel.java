package jgrad.kernel.widgets;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import io.github.spencerpark.jupyter.messages.comm.CommOpenCommand;
import io.github.spencerpark.jupyter.messages.publish.PublishClearOutput;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jgrad.kernel.display.OutputRequest;

/**
 * Where widget models meet the kernel: their comms live in basekernel's {@link CommManager} (so comm_msg,
 * comm_close and comm_info find them), and their messages go out on iopub as children of the request the
 * sending thread answers ({@link OutputRequest}): a front end matches an echo_update to its own update by
 * that parent. Without a kernel (a plain JVM, a unit test) nothing is sent and widgets stay unopened.
 */
public final class WidgetKernel {
    private static volatile CommManager comms;
    private static volatile Consumer<Message<?>> iopub;

    private WidgetKernel() {
    }

    /** The kernel's comms and iopub: registers the jupyter.widget.control target. */
    public static void connect(CommManager manager, Consumer<Message<?>> publisher) {
        manager.registerTarget(WidgetProtocol.CONTROL_TARGET,
                (m, id, target, open) -> new ControlComm(m, id, target));
        comms = manager;
        iopub = publisher;
    }

    /** Forgets the kernel (for tests). */
    static void disconnect() {
        comms = null;
        iopub = null;
    }

    /** True once a kernel is connected. */
    public static boolean connected() {
        return comms != null;
    }

    /**
     * Opens the jupyter.widget comm {@code id} (the model id) for {@code peer}, with its full state; does
     * nothing without a kernel.
     */
    public static void open(String id, WidgetPeer peer) {
        CommManager manager = comms;
        if (manager == null) {
            return;
        }
        EncodedState state = StateCodec.encode(peer.wireState());
        JsonObject data = new JsonObject();
        data.add("state", state.json());
        data.add("buffer_paths", state.bufferPaths());
        manager.registerComm(new WidgetComm(manager, id, peer));
        send(new Message<>(OutputRequest.current(), CommOpenCommand.MESSAGE_TYPE,
                new CommOpenCommand(id, WidgetProtocol.TARGET, data), blobs(state.buffers()),
                Map.of("version", WidgetProtocol.VERSION)));
    }

    /** Sends {"method": method, key: value...} with value's buffers on comm {@code id}. */
    public static void message(String id, String method, String key, Object value) {
        EncodedState encoded = StateCodec.encode(value);
        JsonObject data = new JsonObject();
        data.addProperty("method", method);
        data.add(key, encoded.json());
        data.add("buffer_paths", encoded.bufferPaths());
        send(id, data, encoded.buffers());
    }

    /** Sends a custom message {"method": "custom", "content": content} on comm {@code id}. */
    public static void custom(String id, Map<String, Object> content, List<byte[]> buffers) {
        EncodedState encoded = StateCodec.encode(content);
        if (!encoded.buffers().isEmpty()) {
            throw new IllegalArgumentException("a custom message's content is JSON: pass byte[] data as its buffers");
        }
        JsonObject data = new JsonObject();
        data.addProperty("method", "custom");
        data.add("content", encoded.json());
        send(id, data, buffers);
    }

    static void send(String id, JsonObject data, List<byte[]> buffers) {
        if (comms != null) {
            send(new Message<>(OutputRequest.current(), CommMsgCommand.MESSAGE_TYPE, new CommMsgCommand(id, data),
                    blobs(buffers), null));
        }
    }

    /**
     * Publishes clear_output as output of the request this thread answers: an Output widget capturing that
     * request's output clears (at once, or with {@code wait} when the next output arrives).
     */
    public static void clearOutput(boolean wait) {
        if (comms != null) {
            send(new Message<>(OutputRequest.current(), PublishClearOutput.MESSAGE_TYPE,
                    wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW));
        }
    }

    /** Closes comm {@code id} from the kernel's side (the front end removes the model and its views). */
    public static void close(String id) {
        CommManager manager = comms;
        if (manager != null && manager.unregisterComm(id) != null) {
            send(new Message<>(OutputRequest.current(), CommCloseCommand.MESSAGE_TYPE,
                    new CommCloseCommand(id, new JsonObject())));
        }
    }

    /** The open widget comms, for update_states. */
    static List<WidgetComm> openComms() {
        CommManager manager = comms;
        if (manager == null) {
            return List.of();
        }
        List<WidgetComm> out = new java.util.ArrayList<>();
        manager.forEach(c -> {
            if (c instanceof WidgetComm w) {
                out.add(w);
            }
        });
        return out;
    }

    /** The peer of the open model {@code id}, or null. */
    public static WidgetPeer peer(String id) {
        CommManager manager = comms;
        return manager != null && manager.getCommByID(id) instanceof WidgetComm w ? w.peer() : null;
    }

    /** basekernel sends an empty blob list as an unfinished multipart message: none is null. */
    private static List<byte[]> blobs(List<byte[]> buffers) {
        return buffers == null || buffers.isEmpty() ? null : buffers;
    }

    private static void send(Message<?> message) {
        Consumer<Message<?>> out = iopub;
        if (out != null) {
            out.accept(message);
        }
    }
}
