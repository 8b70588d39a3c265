package jgrad.kernel.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.history.HistoryManager;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishUpdateDisplayData;
import io.github.spencerpark.jupyter.messages.reply.CommInfoReply;
import io.github.spencerpark.jupyter.messages.reply.InterruptReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.request.CommInfoRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kernel's side of the Jupyter protocol as one object: the execute path, the history, where cells'
 * output goes, and every request handler jgrad adds to or replaces in basekernel's, registered in
 * {@link #install} and nowhere else, with the subshells' control requests (JEP 91) and usage_request
 * ({@link ResourceUsage}). The kernel gives it {@link Cells} and a {@link KernelControl}.
 */
public final class KernelProtocol {
    private final CellHistory history = new CellHistory();
    private final CellOutput output = new CellOutput();
    private final ExecuteHandler execute;

    public KernelProtocol(Cells cells) {
        this.execute = new ExecuteHandler(cells, history, output);
    }

    /** The session's cell history (history_request), as basekernel's kernel exposes it. */
    public HistoryManager history() {
        return history;
    }

    /** Clears the running cell's output (no-op between cells); {@code wait}: when the next output arrives. */
    public void clearOutput(boolean wait) {
        execute.clearOutput(wait);
    }

    /** Shows {@code data} in the latest cell. */
    public void display(DisplayData data) {
        output.publish(new PublishDisplayData(data));
    }

    /** Replaces what the display {@code id} shows. */
    public void updateDisplay(String id, DisplayData data) {
        data.setDisplayId(id);
        output.publish(new PublishUpdateDisplayData(data));
    }

    /**
     * Registers jgrad's handlers on {@code connection}, after basekernel's own (complete, inspect,
     * is_complete and the comm messages stay basekernel's): execute, interrupt, history, shutdown,
     * comm_info and kernel_info; on a {@link GuardedConnection} also the subshells' requests and
     * usage_request.
     */
    public void install(JupyterConnection connection, KernelControl kernel) {
        if (!(connection.getIOPub() instanceof IopubPublisher publisher)) {
            throw new IllegalArgumentException("jgrad publishes through an IopubPublisher (use GuardedConnection)");
        }
        output.connect(publisher);
        connection.setHandler(MessageType.EXECUTE_REQUEST, execute);
        connection.setHandler(MessageType.HISTORY_REQUEST, history::handle);
        connection.setHandler(MessageType.INTERRUPT_REQUEST, (env, msg) -> {
            env.setBusyDeferIdle();
            env.defer().reply(new InterruptReply());
            kernel.interrupt(RequestDates.sentAt(msg));
        });
        connection.setHandler(MessageType.SHUTDOWN_REQUEST, (env, msg) -> {
            env.setBusyDeferIdle();
            env.defer().reply(new ProtocolReplies.Shutdown(msg.getContent().isRestart()));
            kernel.shutdown(msg.getContent().isRestart());
            env.resolveDeferrals(); // the reply must leave before the sockets close
            env.markForShutdown();
        });
        connection.setHandler(CommInfoRequest.MESSAGE_TYPE, (env, msg) -> {
            env.setBusyDeferIdle();
            String target = msg.getContent().getTargetName(); // null: every comm
            Map<String, CommInfoReply.CommInfo> comms = new LinkedHashMap<>();
            for (Comm comm : kernel.comms()) {
                if (target == null || target.equals(comm.getTargetName())) {
                    comms.put(comm.getID(), new CommInfoReply.CommInfo(comm.getTargetName()));
                }
            }
            env.reply(new ProtocolReplies.CommInfo(comms));
        });
        connection.setHandler(KernelInfoReply.REQUEST_MESSAGE_TYPE, (env, msg) -> {
            env.setBusyDeferIdle();
            env.reply(new KernelInfo("jgrad", kernel.version(), kernel.language(), kernel.banner()));
        });
        if (connection instanceof GuardedConnection guarded) {
            installSubshellRequests(guarded);
            guarded.handleControl("debug_request", new DebugRequests(kernel));
            ResourceUsage usage = new ResourceUsage();
            guarded.handleControl("usage_request", request -> usage.reply());
        }
    }

    /** JEP 91's control requests: create, delete and list the shell's subshells. */
    private static void installSubshellRequests(GuardedConnection connection) {
        Subshells subshells = connection.subshells();
        connection.handleControl("create_subshell_request", request -> {
            JsonObject reply = ok();
            reply.addProperty("subshell_id", subshells.create());
            return reply;
        });
        connection.handleControl("delete_subshell_request", request -> {
            JsonElement id = request.content().get("subshell_id");
            if (id != null && id.isJsonPrimitive() && subshells.delete(id.getAsString())) {
                return ok();
            }
            JsonObject error = new JsonObject();
            error.addProperty("status", "error");
            error.addProperty("ename", "SubshellNotFound");
            error.addProperty("evalue", "no subshell with id " + id);
            error.add("traceback", new JsonArray());
            return error;
        });
        connection.handleControl("list_subshell_request", request -> {
            JsonObject reply = ok();
            JsonArray ids = new JsonArray();
            subshells.ids().forEach(ids::add);
            reply.add("subshell_id", ids);
            return reply;
        });
    }

    private static JsonObject ok() {
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        return reply;
    }

    /** {@code ?name} or {@code name?}: the name whose documentation the whole cell asks for. */
    public static java.util.Optional<String> pageRequest(String code) {
        return PageRequest.target(code);
    }
}
