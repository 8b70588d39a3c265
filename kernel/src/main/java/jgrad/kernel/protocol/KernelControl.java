package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the control requests (interrupt, shutdown, kernel and comm info) need from the kernel. */
public interface KernelControl {
    /** Stops the running cell; {@code sentAt} is when the client sent the interrupt, if known. */
    void interrupt(Optional<Instant> sentAt);

    /** Releases the session's resources before the sockets close. */
    void shutdown(boolean restart);

    /** The comms open now. */
    Iterable<Comm> comms();

    /** The kernel's implementation version, language and banner for kernel_info. */
    String version();

    /** The language_info of kernel_info. */
    LanguageInfo language();

    /** The banner of kernel_info. */
    String banner();

    /**
     * The session's variables for a debugger's Variables panel: name, type and a one-line value. Called on the
     * control thread, also while a cell runs: it must run no user code and compile nothing.
     */
    List<VariableView> variables();

    /**
     * A variable's rich view as a MIME bundle (a tensor's table, a module's parameters), or empty when no variable
     * has that name.
     */
    Optional<Map<String, String>> richVariable(String name);

    /** One row of the Variables panel. */
    record VariableView(String name, String type, String value) {
    }
}
