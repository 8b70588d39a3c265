package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import java.time.Instant;
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
}
