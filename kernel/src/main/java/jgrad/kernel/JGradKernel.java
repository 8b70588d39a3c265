package jgrad.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.messages.reply.CommInfoReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import io.github.spencerpark.jupyter.messages.request.CommInfoRequest;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.history.HistoryManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishDisplayData;
import io.github.spencerpark.jupyter.messages.publish.PublishUpdateDisplayData;
import io.github.spencerpark.jupyter.messages.reply.InterruptReply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jgrad.kernel.channels.IopubPublisher;
import jgrad.kernel.config.KernelSettings;
import jgrad.kernel.eval.ClearOutput;
import jgrad.kernel.display.Display;
import jgrad.kernel.display.DisplayHandle;
import jgrad.kernel.display.OutputLimit;
import jgrad.kernel.display.Renderers;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.KernelError;
import jgrad.kernel.display.ValueText;
import jgrad.kernel.eval.LibraryWarmUp;
import jgrad.kernel.extension.ExtensionLoader;
import jgrad.kernel.magic.KernelMagics;
import jgrad.kernel.magic.MagicCompleter;
import jgrad.kernel.magic.MagicRunner;
import jgrad.kernel.widgets.WidgetEvents;
import jgrad.kernel.widgets.WidgetKernel;

/** The Jupyter kernel: wires the JShell evaluator, magics, display and error formatting together. */
public final class JGradKernel extends BaseKernel {
    private final CodeEvaluator evaluator;
    private final MagicRunner magics = new MagicRunner();
    private final KernelStartup startup;
    private final ExtensionLoader extensions;
    private final CellHistory history = new CellHistory();
    private final MagicCompleter magicCompleter;
    private final CellOutput output = new CellOutput();
    private final ExecuteHandler executeHandler = new ExecuteHandler(this, history, output);
    private final LanguageInfo languageInfo = new LanguageInfo("java", Runtime.version().toString(),
            "text/x-java-source", ".java", "java", "text/x-java", "script");

    public JGradKernel() {
        this(KernelSettings.none());
    }

    /** A kernel configured by {@code settings} (see {@link KernelSettings#from}). */
    public JGradKernel(KernelSettings settings) {
        LibraryWarmUp.start();
        CodeEvaluator configured;
        try {
            configured = new CodeEvaluator(settings.compilerOptions());
        } catch (IllegalArgumentException e) {
            configured = new CodeEvaluator();
            settings = settings.withProblem(KernelSettings.COMPILER_OPTS + ": " + e.getMessage()
                    + "; cells compile without them");
        }
        this.evaluator = configured;
        settings.cellTimeLimit().ifPresent(evaluator::setCellTimeLimit);
        this.extensions = new ExtensionLoader(evaluator);
        KernelMagics kernelMagics = new KernelMagics(evaluator, magics);
        magics.afterEachMagic(extensions::installNew); // plug-ins of jars that %classpath or %maven added
        kernelMagics.registerAll(magics.registry());
        this.magicCompleter = kernelMagics.completer();
        ClearOutput.install(executeHandler::clearOutput);
        Display.install(new Display.Sink() {
            @Override
            public void display(DisplayData data) {
                output.publish(new PublishDisplayData(data));
            }

            @Override
            public void update(String id, DisplayData data) {
                data.setDisplayId(id);
                output.publish(new PublishUpdateDisplayData(data));
            }
        });
        this.startup = KernelStartup.run(settings, evaluator, magics);
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "jgrad — Java " + Runtime.version() + " with autograd";
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        return OutputLimit.capped(OutputLimit.limitBytes(), () -> {
            Object value = magics.run(code, evaluator);
            // display(x) as the last line shows x, not the handle it returns (IPython's display returns None)
            return value == CodeEvaluator.NO_VALUE || value == null || value instanceof DisplayHandle ? null
                    : show(value);
        });
    }

    /** The value's MIME bundle, made as the cell's own code: an interrupt stops a slow toString(). */
    private DisplayData show(Object value) throws Exception {
        try {
            return evaluator.runAsCellCode(() -> Renderers.render(value));
        } catch (KernelError e) {
            throw new KernelError(e.getCause(), "showing the cell's value, " + ValueText.brief(value));
        }
    }

    /** A cell's request is being handled: from now until {@link #endCell} an interrupt stops it. */
    void startCell(Message<?> request) {
        evaluator.startCell(RequestDates.sentAt(request));
    }

    void endCell() {
        evaluator.endCell();
    }

    /** Evaluates a cell; its execution count (0 for none) names it in error traces. */
    DisplayData eval(String code, int executionCount) throws Exception {
        if (executionCount > 0) {
            startup.showOnce();
        }
        evaluator.beginCell(executionCount, code);
        return eval(code);
    }

    @Override
    public HistoryManager getHistoryManager() {
        return history;
    }

    /** The execution count of a new cell; only cells stored in the history advance it. */
    int executionCount(boolean advance) {
        return advance ? executionCount.getAndIncrement() : executionCount.get();
    }

    /** Comm messages sent while a cell runs belong to that cell. */
    void bindComms(Message<?> message) {
        commManager.setMessageContext(message);
    }

    /**
     * Uses basekernel's handlers, but with jgrad's execute handler and protocol-complete
     * kernel_info, history, comm_info and shutdown replies.
     */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        if (!(connection.getIOPub() instanceof IopubPublisher publisher)) {
            throw new IllegalArgumentException("jgrad publishes through an IopubPublisher (use GuardedConnection)");
        }
        output.connect(publisher);
        super.becomeHandlerForConnection(connection);
        WidgetKernel.connect(getCommManager(), publisher::sendMessage); // ipywidgets: jgrad.widgets
        connection.setHandler(MessageType.EXECUTE_REQUEST, executeHandler);
        connection.setHandler(MessageType.INTERRUPT_REQUEST, (env, msg) -> {
            env.setBusyDeferIdle();
            env.defer().reply(new InterruptReply());
            evaluator.interrupt(RequestDates.sentAt(msg));
            WidgetEvents.interrupt(); // a widget listener the kernel is busy with
        });
        connection.setHandler(MessageType.HISTORY_REQUEST, history::handle);
        connection.setHandler(MessageType.SHUTDOWN_REQUEST, (env, msg) -> {
            env.setBusyDeferIdle();
            env.defer().reply(new ProtocolReplies.Shutdown(msg.getContent().isRestart()));
            onShutdown(msg.getContent().isRestart());
            env.resolveDeferrals(); // the reply must leave before the sockets close
            env.markForShutdown();
        });
        connection.setHandler(CommInfoRequest.MESSAGE_TYPE, (env, msg) -> {
            env.setBusyDeferIdle();
            String target = msg.getContent().getTargetName(); // null: every comm
            Map<String, CommInfoReply.CommInfo> comms = new LinkedHashMap<>();
            for (Comm comm : getCommManager()) {
                if (target == null || target.equals(comm.getTargetName())) {
                    comms.put(comm.getID(), new CommInfoReply.CommInfo(comm.getTargetName()));
                }
            }
            env.reply(new ProtocolReplies.CommInfo(comms));
        });
        connection.setHandler(KernelInfoReply.REQUEST_MESSAGE_TYPE, (env, msg) -> {
            env.setBusyDeferIdle();
            env.reply(new KernelInfo("jgrad", KERNEL_META.getOrDefault("version", "0.1.0"),
                    getLanguageInfo(), getBanner()));
        });
    }

    @Override
    public String isComplete(String code) {
        if (code.stripLeading().startsWith("%") || PageRequest.target(code).isPresent()) {
            return IS_COMPLETE_YES; // magics and ?name run as typed
        }
        return evaluator.isComplete(code);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        var magic = magicCompleter.complete(code, at, (expr, cursor) -> {
            CodeEvaluator.Completions j = evaluator.complete(expr, cursor);
            return new MagicCompleter.Completion(j.names(), j.start(), j.end());
        });
        if (magic.isPresent()) {
            var m = magic.get();
            return m.matches().isEmpty() ? null : new ReplacementOptions(m.matches(), m.start(), m.end());
        }
        CodeEvaluator.Completions c = evaluator.complete(code, at);
        return c.names().isEmpty() ? null : new ReplacementOptions(c.names(), c.start(), c.end());
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String doc = evaluator.inspect(code, at);
        return doc.isEmpty() ? null : new DisplayData(doc);
    }

    /** {@code ?name} when name is not in scope: the API's members of that name with their javadoc; "" when none. */
    String searchApi(String name) {
        return evaluator.searchApi(name);
    }

    @Override
    public List<String> formatError(Exception e) {
        return ErrorFormatter.format(e, errorStyler, evaluator::cellFrames);
    }

    /** The evalue of a failed cell's error. */
    String errorValue(Exception e) {
        return ErrorFormatter.value(e, evaluator::cellFrames);
    }

    /** SIGINT: stops the running cell (a signal carries no date, so while idle it is ignored). */
    @Override
    public void interrupt() {
        evaluator.interrupt(Optional.empty());
        WidgetEvents.interrupt();
    }

    @Override
    public void onShutdown(boolean restart) {
        evaluator.close();
    }
}
