package jgrad.kernel.channels;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.zeromq.ZMQ;

/**
 * A shell or control channel that survives bad input. basekernel's ShellChannel reads frames one
 * by one outside any try block, so a single unsigned, truncated or unparsable message ends its loop
 * and the kernel stops answering. This channel receives each multipart message whole, rejects
 * (and logs) anything that fails {@link WireMessages#decode}, and keeps serving.
 */
final class GuardedShellChannel extends ShellChannel {
    private static final long POLL_MS = 50;
    private static final int MAX_LOGGED_REJECTIONS = 100; // a flood must not flood the log too
    private final JupyterConnection connection;
    private final WireMessages wire;
    private final String name;
    private volatile boolean stopping;
    private volatile Thread loop;
    private int rejections;

    GuardedShellChannel(ZMQ.Context ctx, HMACGenerator hmac, boolean signed, boolean isControl,
            JupyterConnection connection) {
        super(ctx, hmac, isControl, connection);
        this.connection = connection;
        this.wire = new WireMessages(hmac, signed);
        this.name = isControl ? "control" : "shell";
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        int port = name.equals("control") ? props.getControlPort() : props.getShellPort();
        String address = props.getTransport() + "://" + props.getIp() + ":" + port;
        setLinger(1000);
        if (!super.bind(address)) {
            throw new IllegalStateException("cannot bind " + name + " channel to " + address);
        }
        Thread t = new Thread(this::serve, "jgrad-" + name);
        t.setDaemon(true); // a cell still running at shutdown must not keep the JVM alive
        loop = t;
        t.start();
    }

    private void serve() {
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        try {
            while (!stopping) {
                if (poller.poll(POLL_MS) > 0 && !stopping) {
                    handle(receiveAllFrames());
                }
            }
        } finally {
            poller.close();
            if (!isClosed()) {
                super.close();
            }
        }
    }

    private boolean isClosed() {
        return closed;
    }

    private List<byte[]> receiveAllFrames() {
        List<byte[]> frames = new ArrayList<>();
        do {
            frames.add(recv());
        } while (hasReceiveMore());
        return frames;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void handle(List<byte[]> frames) {
        Message<?> message;
        try {
            message = wire.decode(frames);
        } catch (WireMessages.RejectedMessage e) {
            if (++rejections <= MAX_LOGGED_REJECTIONS) {
                logger.warning("Rejected message on " + name + " channel: " + e.getMessage()
                        + (rejections == MAX_LOGGED_REJECTIONS ? " (further rejections not logged)" : ""));
            }
            return;
        }
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.warning("Unhandled message type on " + name + " channel: " + message.getHeader().getType().getName());
            return;
        }
        try {
            ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
            handler.handle(env, message);
            env.resolveDeferrals();
            if (env.isMarkedForShutdown()) {
                connection.close();
            }
        } catch (Exception e) {
            logger.log(Level.SEVERE, "Unhandled exception handling " + message.getHeader().getType().getName(), e);
        }
    }

    /**
     * Stops serving. From the channel's own thread (a shutdown handler) the socket closes at once;
     * otherwise the loop closes it when the message it is handling (maybe a running cell) ends.
     */
    @Override
    public void close() {
        stopping = true;
        Thread t = loop;
        if ((t == null || t == Thread.currentThread()) && !isClosed()) {
            super.close();
        }
    }

    /** Waits for the loop to end, at most {@code timeoutMs}; true when it has. */
    boolean awaitClosed(long timeoutMs) {
        Thread t = loop;
        if (t == null || t == Thread.currentThread()) {
            return true;
        }
        try {
            t.join(timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }

    @Override
    public void waitUntilClose() {
        awaitClosed(0);
    }
}
