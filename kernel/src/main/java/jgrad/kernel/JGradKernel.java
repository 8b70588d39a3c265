package jgrad.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.history.HistoryManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jgrad.kernel.config.KernelSettings;
import jgrad.kernel.display.Display;
import jgrad.kernel.eval.ClearOutput;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.LibraryWarmUp;
import jgrad.kernel.extension.ExtensionLoader;
import jgrad.kernel.magic.KernelMagics;
import jgrad.kernel.magic.MagicCompleter;
import jgrad.kernel.magic.MagicRunner;
import jgrad.kernel.protocol.IopubPublisher;
import jgrad.kernel.protocol.KernelControl;
import jgrad.kernel.protocol.KernelProtocol;
import jgrad.kernel.widgets.WidgetEvents;
import jgrad.kernel.widgets.WidgetKernel;

/**
 * The Jupyter kernel: wires the JShell evaluator, magics, display and error formatting together, and
 * hands the protocol layer ({@link KernelProtocol}) its cells and controls.
 */
public final class JGradKernel extends BaseKernel {
    private final CodeEvaluator evaluator;
    private final MagicRunner magics = new MagicRunner();
    private final KernelCells cells;
    private final KernelProtocol protocol;
    private final MagicCompleter magicCompleter;
    private final KernelVariables variables;
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
        ExtensionLoader extensions = new ExtensionLoader(evaluator);
        KernelMagics kernelMagics = new KernelMagics(evaluator, magics);
        magics.afterEachMagic(extensions::installNew); // plug-ins of jars that %classpath or %maven added
        kernelMagics.registerAll(magics.registry());
        this.magicCompleter = kernelMagics.completer();
        KernelStartup startup = KernelStartup.run(settings, evaluator, magics);
        this.cells = new KernelCells(evaluator, magics, startup, commManager, errorStyler, getIO());
        this.protocol = new KernelProtocol(cells);
        this.variables = new KernelVariables(evaluator);
        ClearOutput.install(protocol::clearOutput);
        Display.install(new Display.Sink() {
            @Override
            public void display(DisplayData data) {
                protocol.display(data);
            }

            @Override
            public void update(String id, DisplayData data) {
                protocol.updateDisplay(id, data);
            }
        });
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
        return cells.run(code);
    }

    @Override
    public HistoryManager getHistoryManager() {
        return protocol.history();
    }

    /** basekernel's handlers (complete, inspect, is_complete, comms), then jgrad's protocol layer's. */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        if (connection.getIOPub() instanceof IopubPublisher publisher) {
            WidgetKernel.connect(getCommManager(), publisher::sendMessage); // ipywidgets: jgrad.widgets
        }
        protocol.install(connection, new KernelControl() {
            @Override
            public void interrupt(Optional<Instant> sentAt) {
                evaluator.interrupt(sentAt);
                WidgetEvents.interrupt(); // a widget listener the kernel is busy with
            }

            @Override
            public void shutdown(boolean restart) {
                onShutdown(restart);
            }

            @Override
            public Iterable<Comm> comms() {
                return getCommManager();
            }

            @Override
            public String version() {
                return KERNEL_META.getOrDefault("version", "0.1.0");
            }

            @Override
            public LanguageInfo language() {
                return getLanguageInfo();
            }

            @Override
            public String banner() {
                return getBanner();
            }

            @Override
            public List<VariableView> variables() {
                return variables.list();
            }

            @Override
            public Optional<Map<String, String>> richVariable(String name) {
                return variables.rich(name);
            }
        });
    }

    @Override
    public String isComplete(String code) {
        if (code.stripLeading().startsWith("%") || KernelProtocol.pageRequest(code).isPresent()) {
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

    @Override
    public List<String> formatError(Exception e) {
        return ErrorFormatter.format(e, errorStyler, evaluator::cellFrames);
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
