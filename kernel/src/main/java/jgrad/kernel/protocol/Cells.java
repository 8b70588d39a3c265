package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.JupyterIO;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Message;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the execute path needs from the kernel, and all it may ask: run a cell, document a name for the
 * pager, describe a failure. The {@link ExecuteHandler} talks to this, never to the kernel class.
 */
public interface Cells {
    /**
     * The cell of {@code request}, sent at {@code sentAt} if its header says, is being handled: from now until
     * {@link #ended} an interrupt stops it, and comm messages sent meanwhile belong to it.
     */
    void started(Message<?> request, Optional<Instant> sentAt);

    /** The cell's request is answered. */
    void ended();

    /**
     * Runs a cell's code; returns the MIME bundle of its value, or null when it has none.
     * {@code executionCount} is 0 for a silent cell.
     */
    DisplayData run(String code, int executionCount) throws Exception;

    /** What the pager shows for {@code name} ({@code ?name}), or "" when nothing is documented. */
    String documentation(String name);

    /** A failed cell's error as Jupyter shows it (any throwable: an error too must be reported, not rethrown). */
    CellError error(Throwable failure);

    /** The kernel's standard streams; their stdin is bound to the running cell's request. */
    JupyterIO io();

    /** ename, evalue and the traceback lines of an error message. */
    record CellError(String name, String value, List<String> traceback) {
    }
}
