package jgrad.kernel.protocol;

import io.github.spencerpark.jupyter.channels.IOPubChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.ContentType;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import org.zeromq.ZMQ;

/**
 * The iopub socket, used by one thread only. Any thread may publish; the message is queued and the
 * "jgrad-iopub" thread sends it, in the order queued. User code therefore never runs inside ZeroMQ:
 * an interrupt stops or interrupts the threads of a cell at any instruction, and inside JeroMQ a
 * Thread.interrupt closes the socket's NIO channel for good, while a ThreadDeath cuts a multipart
 * message in half. Queueing is lock-free, so a thread stopped halfway leaves the queue intact.
 *
 * <p>Stream text is batched ({@link StreamBatch}): one stream message per {@value #FLUSH_INTERVAL_MS} ms
 * or {@value #MAX_BATCH_CHARS} characters. Text queued before any other message goes out before it, so
 * output keeps its place among displays, errors and the idle status. The send high-water mark is off:
 * a slow client gets everything late rather than some of it never (each cell's output is capped).
 */
public final class IopubPublisher extends IOPubChannel {
    static final long FLUSH_INTERVAL_MS = 50;
    static final int MAX_BATCH_CHARS = 64 * 1024;
    private static final long IDLE_WAKEUP_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long CLOSE_WAIT_MS = 2000;
    private static final long SENT_WAIT_SECONDS = 30;

    private interface Item {
    }

    private record Send(Message<?> message) implements Item {
    }

    private record Publish(MessageContext request, ContentType<?> content) implements Item {
    }

    private record Text(MessageContext request, PublishStream.StreamType stream, String text) implements Item {
    }

    private record Barrier(CountDownLatch passed) implements Item {
    }

    private final ConcurrentLinkedQueue<Item> queue = new ConcurrentLinkedQueue<>();
    private final StreamBatch batch = new StreamBatch(TimeUnit.MILLISECONDS.toNanos(FLUSH_INTERVAL_MS), MAX_BATCH_CHARS);
    private volatile Thread sender;
    private volatile boolean stopping;

    public IopubPublisher(ZMQ.Context context, HMACGenerator hmac) {
        super(context, hmac);
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        setSndHWM(0);
        setLinger(1000);
        super.bind(props);
        // Started by the kernel's own thread, so it belongs to no thread group that an interrupt stops.
        Thread t = new Thread(this::run, "jgrad-iopub");
        t.setDaemon(true);
        sender = t;
        t.start();
    }

    /** Queues a complete message (basekernel's replies environment and comms publish this way). */
    @Override
    public void sendMessage(Message<?> message) {
        enqueue(new Send(message));
    }

    /** Queues content published under {@code request}; the message is built on the sending thread. */
    public void publish(MessageContext request, ContentType<?> content) {
        enqueue(new Publish(request, content));
    }

    /** Queues stream text of {@code request}; it joins the text written just before it, if it can. */
    public void write(MessageContext request, PublishStream.StreamType stream, String text) {
        if (!text.isEmpty()) {
            enqueue(new Text(request, stream, text));
        }
    }

    /**
     * Waits until everything queued before this call, stream text included, has been handed to ZeroMQ;
     * a request's reply must not overtake its output.
     */
    public void awaitSent() {
        Barrier barrier = new Barrier(new CountDownLatch(1));
        enqueue(barrier);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SENT_WAIT_SECONDS);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (barrier.passed().await(100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                Thread t = sender;
                if (t == null || !t.isAlive()) {
                    return; // closed: nothing will be sent any more
                }
                if (System.nanoTime() - deadline > 0) {
                    logger.warning("iopub: output not sent within " + SENT_WAIT_SECONDS + " s");
                    return;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void enqueue(Item item) {
        queue.add(item);
        Thread t = sender;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private void run() {
        try {
            while (true) {
                Item item = queue.poll();
                long now = System.nanoTime();
                if (item != null) {
                    try {
                        handle(item, now);
                    } catch (Throwable e) { // e.g. no memory for one huge output: the others still go out
                        logger.log(Level.WARNING, "iopub: dropped an output that could not be sent", e);
                    }
                } else if (stopping) {
                    flushBatch();
                    return;
                } else if (!batch.isDue(now)) {
                    LockSupport.parkNanos(this, batch.isEmpty() ? IDLE_WAKEUP_NANOS : batch.nanosUntilDue(now));
                    continue;
                }
                if (batch.isDue(System.nanoTime())) {
                    flushBatch();
                }
            }
        } finally {
            super.close();
        }
    }

    private void handle(Item item, long now) {
        if (item instanceof Text t) {
            if (!batch.accepts(t.request(), t.stream())) {
                flushBatch();
            }
            batch.add(t.request(), t.stream(), t.text(), now);
            return;
        }
        flushBatch();
        if (item instanceof Send s) {
            send(s.message());
        } else if (item instanceof Publish p) {
            send(message(p.request(), p.content()));
        } else if (item instanceof Barrier b) {
            b.passed().countDown();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Message<?> message(MessageContext request, ContentType content) {
        return new Message(request, content.getType(), content);
    }

    private void flushBatch() {
        if (!batch.isEmpty()) {
            send(batch.take());
        }
    }

    private void send(Message<?> message) {
        try {
            super.sendMessage(message);
        } catch (RuntimeException | Error e) { // one bad message must not end everyone's output
            logger.log(Level.WARNING, "iopub: could not send " + message.getHeader().getType().getName(), e);
        }
    }

    /** Sends what is queued, then closes the socket (from its own thread). */
    @Override
    public void close() {
        Thread t = sender;
        stopping = true;
        if (t == null) {
            super.close();
            return;
        }
        LockSupport.unpark(t);
        if (t != Thread.currentThread()) {
            try {
                t.join(CLOSE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
