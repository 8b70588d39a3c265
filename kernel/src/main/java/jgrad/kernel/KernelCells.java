package jgrad.kernel;

import io.github.spencerpark.jupyter.kernel.JupyterIO;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.util.StringStyler;
import io.github.spencerpark.jupyter.messages.Message;
import java.time.Instant;
import java.util.Optional;
import jgrad.kernel.display.DisplayHandle;
import jgrad.kernel.display.OutputLimit;
import jgrad.kernel.display.Renderers;
import jgrad.kernel.display.ValueText;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.KernelError;
import jgrad.kernel.eval.MemoryReserve;
import jgrad.kernel.magic.MagicRunner;
import jgrad.kernel.protocol.Cells;

/** The kernel's cells as the protocol layer's execute path sees them: magics and Java through the evaluator. */
final class KernelCells implements Cells {
    private final CodeEvaluator evaluator;
    private final MagicRunner magics;
    private final KernelStartup startup;
    private final CommManager comms;
    private final StringStyler errorStyler;
    private final JupyterIO io;

    KernelCells(CodeEvaluator evaluator, MagicRunner magics, KernelStartup startup, CommManager comms,
            StringStyler errorStyler, JupyterIO io) {
        this.evaluator = evaluator;
        this.magics = magics;
        this.startup = startup;
        this.comms = comms;
        this.errorStyler = errorStyler;
        this.io = io;
    }

    @Override
    public void started(Message<?> request, Optional<Instant> sentAt) {
        evaluator.startCell(sentAt);
        comms.setMessageContext(request); // comm messages sent while a cell runs belong to that cell
    }

    @Override
    public void ended() {
        evaluator.endCell();
        MemoryReserve.restore();
    }

    @Override
    public DisplayData run(String code, int executionCount) throws Exception {
        if (executionCount > 0) {
            startup.showOnce();
        }
        evaluator.beginCell(executionCount, code);
        return run(code);
    }

    /** Runs code without naming a cell (basekernel's eval). */
    DisplayData run(String code) throws Exception {
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

    @Override
    public String documentation(String name) {
        String doc = evaluator.inspect(name, name.length()); // tries the call's parenthesis for a method too
        return doc.isEmpty() ? evaluator.searchApi(name) : doc;
    }

    @Override
    public CellError error(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            MemoryReserve.release(); // room to report it
        }
        Exception e = failure instanceof Exception ex ? ex : new KernelError(failure);
        return new CellError(ErrorFormatter.name(e), ErrorFormatter.value(e, evaluator::cellFrames),
                ErrorFormatter.format(e, errorStyler, evaluator::cellFrames));
    }

    @Override
    public JupyterIO io() {
        return io;
    }
}
