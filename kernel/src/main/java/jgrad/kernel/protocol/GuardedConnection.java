package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import java.security.GeneralSecurityException;
import org.zeromq.ZMQ;

/**
 * basekernel's connection with the shell and control channels replaced by
 * {@link GuardedShellChannel}s, iopub by the {@link IopubPublisher} and stdin by the
 * {@link StdinBroker} and the heartbeat by the {@link GuardedHeartbeat}, so that every thread of the
 * protocol layer survives every error. All sockets bind
 * to the transport and ip of the connection file only. The guarded channels also block in the
 * poller while idle, where basekernel's poll-then-sleep-50-ms loop added ~25 ms to every request.
 */
public final class GuardedConnection extends JupyterConnection {
    private static final long SHUTDOWN_GRACE_MS = 1000;
    private final KernelConnectionProperties props;
    private final ZMQ.Context guardedCtx = ZMQ.context(1);
    private final GuardedShellChannel guardedShell;
    private final GuardedShellChannel guardedControl;
    private final IopubPublisher publisher;
    private final StdinBroker stdinBroker;
    private final GuardedHeartbeat heartbeatEcho;

    public GuardedConnection(KernelConnectionProperties props) throws GeneralSecurityException {
        super(props);
        this.props = props;
        boolean signed = props.getKey() != null && !props.getKey().isEmpty();
        HMACGenerator hmac = props.createHMACGenerator();
        this.guardedShell = new GuardedShellChannel(guardedCtx, hmac, signed, false, this);
        this.guardedControl = new GuardedShellChannel(guardedCtx, hmac, signed, true, this);
        this.publisher = new IopubPublisher(guardedCtx, hmac);
        this.stdinBroker = new StdinBroker(guardedCtx, hmac, signed);
        this.heartbeatEcho = new GuardedHeartbeat(guardedCtx);
    }

    @Override
    public IOPubChannel getIOPub() {
        return publisher;
    }

    /** The iopub channel: publishes from any thread, in order, without the caller entering ZeroMQ. */
    public IopubPublisher publisher() {
        return publisher;
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext context) {
        return new PublisherReplyEnvironment(shell, stdinBroker, publisher, context);
    }

    @Override
    public void connect() {
        heartbeatEcho.bind(props);
        publisher.bind(props);
        // 'starting' goes out before the shell can answer a request queued while the JVM started:
        // after it, a late 'starting' could follow that request's 'idle' and be the last status
        // the server records for the kernel.
        publisher.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        stdinBroker.bind(props);
        guardedShell.bind(props);
        guardedControl.bind(props);
    }

    @Override
    public void close() {
        guardedShell.close();
        guardedControl.close();
        stdinBroker.close();
        heartbeatEcho.close();
        publisher.close(); // after the shutdown reply's idle status went out
        super.close();
    }

    /** Handles control requests of {@code type}, a message type basekernel cannot name (e.g. create_subshell_request). */
    void handleControl(String type, GuardedShellChannel.RawHandler handler) {
        guardedControl.setRawHandler(type, handler);
    }

    /** The shell's subshells. */
    Subshells subshells() {
        return guardedShell.subshells();
    }

    /** Waits for a shutdown; a cell that ignores it is abandoned after a grace period. */
    @Override
    public void waitUntilClose() {
        guardedControl.waitUntilClose();
        boolean shellDone = guardedShell.awaitClosed(SHUTDOWN_GRACE_MS);
        super.waitUntilClose();
        if (shellDone) {
            guardedCtx.close(); // would block on a socket still open in a stuck cell's thread
        }
    }
}
