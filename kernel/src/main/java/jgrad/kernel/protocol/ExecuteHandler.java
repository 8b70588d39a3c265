package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.JupyterIOBinding;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishClearOutput;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * execute_request as basekernel handles it, plus: the error's ename/evalue name the user's real
 * exception, cells are recorded in the history, "page" and "ask_exit" payloads, clear_output from
 * cells, and any throwable a cell ends with is its error (the kernel answers the next request whatever
 * a cell did). It talks to the kernel through {@link Cells} only, and counts the executions itself.
 */
final class ExecuteHandler implements ShellHandler<ExecuteRequest> {
    /** IPython's words for leaving a console; none is a Java statement. */
    private static final Set<String> EXIT_COMMANDS = Set.of("exit", "quit", "exit()", "quit()");

    private final Cells cells;
    private final CellHistory history;
    private final CellOutput output;
    private final AtomicInteger executionCount = new AtomicInteger(1);
    private volatile boolean running;

    ExecuteHandler(Cells cells, CellHistory history, CellOutput output) {
        this.cells = cells;
        this.history = history;
        this.output = output;
    }

    /** Publishes clear_output to the cell that is running now (no-op between cells). */
    void clearOutput(boolean wait) {
        if (running) {
            output.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
        }
    }

    @Override
    public void handle(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        // Interruptible from before 'busy' on: a client may interrupt as soon as it sees that.
        cells.started(message, RequestDates.sentAt(message));
        try {
            execute(env, message);
        } finally {
            cells.ended();
            // The reply (sent when this returns) must not overtake anything the cell published.
            output.awaitSent();
        }
    }

    private void execute(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        boolean store = request.shouldStoreHistory() && !silent;
        int count = store ? executionCount.getAndIncrement() : executionCount.get();
        env.setBusyDeferIdle();
        if (!silent) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }
        // Deferred actions run last-in first-out: reply, then stdin off, then idle. Output stays bound to this
        // cell until the next one attaches: background threads' lines go to the latest cell, none are lost.
        redirectStandardStreams();
        output.attach(message);
        JupyterIOBinding.attach(cells.io(), env, request.isStdinEnabled());
        env.defer(() -> JupyterIOBinding.refuseInput(cells.io()));
        running = true;
        try {
            String text = run(env, request.getCode(), count, silent);
            if (store) {
                history.record(count, request.getCode(), text);
            }
        } catch (Exception | Error e) { // an Error too: the kernel answers the next request whatever a cell did
            if (store) {
                history.record(count, request.getCode(), "");
            }
            reportError(env, count, e);
        } finally {
            running = false;
        }
    }

    private void reportError(ShellReplyEnvironment env, int count, Throwable e) {
        Cells.CellError error;
        try {
            error = cells.error(e);
        } catch (RuntimeException | Error formatting) { // e.g. no heap left to format it: the name alone
            String name = e.getClass().getSimpleName();
            error = new Cells.CellError(name, "", List.of(name));
        }
        env.publish(new PublishError(error.name(), error.value(), error.traceback()));
        ErrorReply reply = new ErrorReply(error.name(), error.value(), List.of());
        reply.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    }

    /** Runs the cell and replies ok; returns the text/plain of its result for the history. */
    private String run(ShellReplyEnvironment env, String code, int count, boolean silent) throws Exception {
        if (EXIT_COMMANDS.contains(code.strip())) { // jupyter console leaves on this payload
            env.defer().reply(new ProtocolReplies.Execute(count, List.of(Map.of("source", "ask_exit", "keepkernel", false))));
            return "";
        }
        var page = PageRequest.target(code);
        if (page.isPresent()) {
            String text = cells.documentation(page.get());
            if (text.isEmpty()) {
                text = "No documentation found for " + page.get();
            }
            Map<String, Object> payload = Map.of("source", "page", "data", Map.of("text/plain", text), "start", 0);
            env.defer().reply(new ProtocolReplies.Execute(count, List.of(payload)));
            return "";
        }
        DisplayData out = cells.run(code, silent ? 0 : count);
        if (out != null && !silent) {
            env.publish(new PublishExecuteResult(count, out));
        }
        env.defer().reply(new ProtocolReplies.Execute(count, List.of()));
        return out == null ? "" : plainText(out);
    }

    private static String plainText(DisplayData data) {
        Object plain = data.getData(MIMEType.TEXT_PLAIN);
        return plain == null ? "" : plain.toString();
    }

    /** The JVM's standard streams are the kernel's from the first cell on (not restored between cells, see execute). */
    private void redirectStandardStreams() {
        System.setOut(output.out);
        System.setErr(output.err);
        System.setIn(cells.io().in);
    }
}
