package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.reply.InputReply;
import io.github.spencerpark.jupyter.messages.request.InputRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The stdin socket, used by one thread only. A cell reading System.in hands its input request to
 * the "jgrad-stdin" thread and waits for the answer outside ZeroMQ: waiting inside it, an
 * interrupted cell never ended (Thread.stop does not wake a thread blocked in the socket's
 * selector), and a Thread.interrupt there would close the socket's channel. An answer that comes
 * when no cell waits (its cell was interrupted) is dropped.
 */
public final class StdinBroker extends StdinChannel {
    private static final long POLL_MS = 50;
    private static final long CLOSE_WAIT_MS = 1000;

    private record Request(Message<InputRequest> message, CompletableFuture<String> answer) {
    }

    private final WireMessages wire;
    private final LinkedBlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private volatile boolean stopping;
    private volatile Thread broker;

    public StdinBroker(ZMQ.Context context, HMACGenerator hmac, boolean signed) {
        super(context, hmac);
        this.wire = new WireMessages(hmac, signed);
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        setLinger(0);
        super.bind(props);
        // Started by the kernel's own thread, so it belongs to no thread group that an interrupt stops.
        Thread t = new Thread(this::serve, "jgrad-stdin");
        t.setDaemon(true);
        broker = t;
        t.start();
    }

    /** Asks the client of {@code context} for a line of input; waits until it answers. */
    @Override
    public String getInput(MessageContext context, String prompt, boolean isPassword) {
        var message = new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, isPassword));
        Request request = new Request(message, new CompletableFuture<>());
        requests.add(request);
        try {
            return request.answer().get() + System.lineSeparator();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while waiting for input"));
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException("no input: " + e.getCause().getMessage(), e.getCause()));
        } finally {
            request.answer().cancel(false); // answered: no effect; else the broker stops waiting for it
        }
    }

    private void serve() {
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        Request current = null;
        try {
            while (!stopping) {
                if (current != null && current.answer().isDone()) {
                    current = null; // its cell gave up waiting
                }
                try {
                    if (current == null) {
                        current = requests.poll(POLL_MS, TimeUnit.MILLISECONDS);
                        if (current != null && !current.answer().isDone()) {
                            sendMessage(current.message());
                        }
                    }
                    if (poller.poll(current == null ? 0 : POLL_MS) > 0) {
                        answer(current, receiveAllFrames());
                    }
                } catch (InterruptedException | ZMQException e) {
                    throw e; // closing
                } catch (Throwable e) { // the waiting cell gets the error; the broker serves the next one
                    if (current != null) {
                        current.answer().completeExceptionally(e);
                        current = null;
                    }
                    logger.log(Level.WARNING, "stdin: could not handle an input request", e);
                }
            }
        } catch (InterruptedException e) {
            // closing
        } finally {
            poller.close();
            requests.forEach(r -> r.answer().completeExceptionally(new IOException("the kernel is shutting down")));
            if (current != null) {
                current.answer().completeExceptionally(new IOException("the kernel is shutting down"));
            }
            super.close();
        }
    }

    private List<byte[]> receiveAllFrames() {
        List<byte[]> frames = new ArrayList<>();
        do {
            frames.add(recv());
        } while (hasReceiveMore());
        return frames;
    }

    private void answer(Request current, List<byte[]> frames) {
        Message<?> reply;
        try {
            reply = wire.decode(frames);
        } catch (WireMessages.RejectedMessage e) {
            logger.warning("Rejected message on stdin channel: " + e.getMessage());
            return;
        }
        // jupyter_client sends input_reply without a parent header: it answers the request asked last
        boolean forCurrent = current != null && (reply.getParentHeader() == null
                || current.message().getHeader().getId().equals(reply.getParentHeader().getId()));
        if (forCurrent && reply.getContent() instanceof InputReply input) {
            current.answer().complete(input.getValue());
        }
        // anything else answers a request whose cell was interrupted, or is not an input_reply: dropped
    }

    /** Stops the broker; it closes the socket from its own thread. */
    @Override
    public void close() {
        Thread t = broker;
        stopping = true;
        if (t == null) {
            super.close();
            return;
        }
        if (t != Thread.currentThread()) {
            try {
                t.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
