package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

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
                try {
                    if (poller.poll(POLL_MS) > 0 && !stopping) {
                        handle(receiveAllFrames());
                    }
                } catch (ZMQException e) {
                    throw e; // the socket or its context is closing
                } catch (Throwable e) { // e.g. no memory for a huge message: drop it, serve the next
                    logger.log(Level.SEVERE, "Could not read a message on the " + name + " channel", e);
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
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (Throwable e) { // an Error too: this channel must answer the next request whatever happened
            fail(env, message, e);
        } finally {
            try {
                env.resolveDeferrals(); // the reply and the idle status the handler deferred
            } catch (Throwable e) {
                logger.log(Level.SEVERE, "Could not finish the reply to " + message.getHeader().getType().getName(), e);
            }
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    /** Logs a handler's failure and, if it had not replied yet, replies with the error. */
    private void fail(ShellReplyEnvironment env, Message<?> message, Throwable e) {
        String type = message.getHeader().getType().getName();
        try {
            logger.log(Level.SEVERE, "Unhandled exception handling " + type, e);
            if (env instanceof PublisherReplyEnvironment p && !p.replied() && type.endsWith("_request")) {
                MessageType<?> replyType = MessageType.getType(type.substring(0, type.length() - "_request".length())
                        + "_reply");
                env.replyError(replyType.error(), new ErrorReply(e.getClass().getSimpleName(),
                        String.valueOf(e.getMessage()), List.of()));
            }
        } catch (Throwable again) {
            // nothing more can be said; the loop goes on
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
