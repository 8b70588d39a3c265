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
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.List;
import java.util.logging.Level;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A shell or control channel that survives bad input and any handler's failure. basekernel's
 * ShellChannel reads frames one by one outside any try block, so a single unsigned, truncated or
 * unparsable message ends its loop and the kernel stops answering. This channel receives each
 * multipart message whole, rejects (and logs) anything that fails {@link WireMessages#decode}, and
 * keeps serving.
 *
 * <p>The shell's loop thread only receives and sends: each message is handled on its shell's
 * {@link ShellWorker} (the main shell's, or a subshell's, see {@link Subshells}), and what a worker
 * sends is handed to the loop, the one thread that touches the socket. The control channel handles
 * its messages on its own loop, including the message types basekernel cannot name ({@link RawHandler}).
 */
final class GuardedShellChannel extends ShellChannel {
    private static final long POLL_MS = 50;
    private static final int MAX_LOGGED_REJECTIONS = 100; // a flood must not flood the log too
    private final JupyterConnection connection;
    private final WireMessages wire;
    private final String name;
    private final Subshells subshells; // null on the control channel: it handles everything on its loop
    private final Map<String, RawHandler> rawHandlers = new ConcurrentHashMap<>();
    private final Queue<Message<?>> outgoing = new ConcurrentLinkedQueue<>();
    private final Pipe wake;
    private volatile boolean stopping;
    private volatile Thread loop;
    private int rejections;

    /** A handler of a request type basekernel cannot name: the reply's content for the request. */
    interface RawHandler {
        JsonObject reply(WireMessages.Incoming request);
    }

    GuardedShellChannel(ZMQ.Context ctx, HMACGenerator hmac, boolean signed, boolean isControl,
            JupyterConnection connection) {
        super(ctx, hmac, isControl, connection);
        this.connection = connection;
        this.wire = new WireMessages(hmac, signed);
        this.name = isControl ? "control" : "shell";
        this.subshells = isControl ? null : new Subshells();
        try {
            this.wake = Pipe.open();
            wake.source().configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subshells of this shell channel (null on control). */
    Subshells subshells() {
        return subshells;
    }

    /** Handles requests of {@code type} (a name basekernel maps to "unknown") with {@code handler}. */
    void setRawHandler(String type, RawHandler handler) {
        rawHandlers.put(type, handler);
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

    /**
     * Sends from the loop thread: a worker's message waits for the loop (woken at once), since a
     * ZeroMQ socket must not be used by two threads.
     */
    @Override
    public void sendMessage(Message<?> message) {
        if (Thread.currentThread() == loop || loop == null) {
            super.sendMessage(message);
            return;
        }
        outgoing.add(message);
        try {
            wake.sink().write(ByteBuffer.wrap(new byte[] {1}));
        } catch (IOException e) {
            // closing: nothing will be sent any more
        }
    }

    private void serve() {
        ZMQ.Poller poller = ctx.poller(2);
        poller.register(this, ZMQ.Poller.POLLIN);
        poller.register(wake.source(), ZMQ.Poller.POLLIN);
        try {
            while (!stopping) {
                try {
                    if (poller.poll(POLL_MS) > 0 && !stopping && poller.pollin(0)) {
                        dispatch(receiveAllFrames());
                    }
                    drainWake();
                    sendOutgoing();
                } catch (ZMQException e) {
                    throw e; // the socket or its context is closing
                } catch (Throwable e) { // e.g. no memory for a huge message: drop it, serve the next
                    logger.log(Level.SEVERE, "Could not read a message on the " + name + " channel", e);
                }
            }
            sendOutgoing(); // e.g. the reply to a shutdown request
        } finally {
            poller.close();
            closeWake();
            if (subshells != null) {
                subshells.stopAll();
            }
            if (!isClosed()) {
                super.close();
            }
        }
    }

    private void closeWake() {
        try {
            wake.sink().close(); // a worker still sending finds it closed and drops its message
            wake.source().close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private void drainWake() throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64);
        while (wake.source().read(buf) > 0) {
            buf.clear();
        }
    }

    private void sendOutgoing() {
        for (Message<?> m = outgoing.poll(); m != null; m = outgoing.poll()) {
            try {
                super.sendMessage(m);
            } catch (RuntimeException e) {
                logger.log(Level.WARNING, name + ": could not send " + m.getHeader().getType().getName(), e);
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

    private void dispatch(List<byte[]> frames) {
        WireMessages.Incoming incoming;
        try {
            incoming = wire.decodeRaw(frames);
        } catch (WireMessages.RejectedMessage e) {
            if (++rejections <= MAX_LOGGED_REJECTIONS) {
                logger.warning("Rejected message on " + name + " channel: " + e.getMessage()
                        + (rejections == MAX_LOGGED_REJECTIONS ? " (further rejections not logged)" : ""));
            }
            return;
        }
        if (subshells == null) {
            handle(incoming);
            return;
        }
        Optional<ShellWorker> worker = subshells.workerFor(incoming.subshellId(), incoming.type());
        if (worker.isEmpty()) {
            logger.warning("shell: " + incoming.type() + " for a subshell that does not exist: " + incoming.subshellId().get());
            return;
        }
        worker.get().submit(() -> handle(incoming));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void handle(WireMessages.Incoming incoming) {
        Message<?> message = incoming.message();
        RawHandler raw = rawHandlers.get(incoming.type());
        if (raw != null) {
            handleRaw(incoming, raw);
            return;
        }
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.warning("Unhandled message type on " + name + " channel: " + incoming.type());
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
                logger.log(Level.SEVERE, "Could not finish the reply to " + incoming.type(), e);
            }
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
        }
    }

    /** A request basekernel cannot name: busy, the reply, idle, as for any other request. */
    private void handleRaw(WireMessages.Incoming incoming, RawHandler raw) {
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, incoming.message());
        env.setStatusBusy();
        try {
            JsonObject content = raw.reply(incoming);
            List<byte[]> frames = wire.encodeReply(incoming, incoming.type().replaceFirst("_request$", "_reply"), content);
            sendFrames(frames);
        } catch (Throwable e) {
            logger.log(Level.SEVERE, "Could not answer " + incoming.type(), e);
        } finally {
            env.setStatusIdle();
        }
    }

    /** Sends raw frames; only from the loop thread (raw requests are control requests, handled there). */
    private void sendFrames(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (i < frames.size() - 1) {
                sendMore(frames.get(i));
            } else {
                send(frames.get(i));
            }
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

    /** Stops serving: the loop sends what is queued, closes the socket and stops the shells' threads. */
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
