package jgrad.kernel.widgets;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A front end's jupyter.widget.control comm: request_states answers update_states with every open model's
 * state in one message (what JupyterLab asks for when it reconnects to a kernel that has widgets).
 */
final class ControlComm extends Comm {
    ControlComm(CommManager manager, String id, String target) {
        super(manager, id, target);
    }

    @Override
    protected void onMessage(Message<CommMsgCommand> message) {
        JsonObject data = message.getContent().getData();
        String method = data != null && data.has("method") ? data.get("method").getAsString() : "";
        WidgetEvents.handle(message, () -> {
            if (method.equals("request_states")) {
                WidgetKernel.message(getID(), "update_states", "states", states());
            } else {
                System.err.println("widget control: ignored a message with method '" + method
                        + "' (known: request_states)");
            }
        });
    }

    private static Map<String, Object> states() {
        Map<String, Object> states = new LinkedHashMap<>();
        for (WidgetComm comm : WidgetKernel.openComms()) {
            WidgetPeer peer = comm.peer();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("model_name", peer.modelName());
            entry.put("model_module", peer.modelModule());
            entry.put("model_module_version", peer.modelModuleVersion());
            entry.put("state", peer.wireState());
            states.put(comm.getID(), entry);
        }
        return states;
    }

    @Override
    protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {
        // nothing held
    }
}
