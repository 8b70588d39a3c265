package jgrad.data;

import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Builds batches 0..count-1 in order on one daemon thread, at most {@code depth} ahead of the
 * consumer, so the batch order is exactly the sequential one. A failure while building a batch
 * is rethrown by {@link #next()} at that batch. The producer holds only a weak reference to this
 * iterator, so a loop abandoned half-way lets the thread end instead of blocking forever.
 */
final class Prefetcher implements Iterator<Batch> {
    private static final long OWNER_CHECK_MILLIS = 100;

    private record Failure(Throwable cause) {
    }

    private final BlockingQueue<Object> queue;
    private final int count;
    private int taken;

    Prefetcher(int count, int depth, IntFunction<Batch> batchAt) {
        this.queue = new ArrayBlockingQueue<>(depth);
        this.count = count;
        WeakReference<Prefetcher> owner = new WeakReference<>(this);
        BlockingQueue<Object> sink = queue;
        Thread producer = new Thread(() -> produce(sink, count, batchAt, owner), "jgrad-DataLoader-prefetch");
        producer.setDaemon(true);
        producer.start();
    }

    private static void produce(BlockingQueue<Object> sink, int count, IntFunction<Batch> batchAt, WeakReference<Prefetcher> owner) {
        for (int k = 0; k < count; k++) {
            Object item;
            try {
                item = batchAt.apply(k);
            } catch (RuntimeException | Error e) {
                item = new Failure(e);
            }
            try {
                while (!sink.offer(item, OWNER_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (owner.get() == null) {
                        return;  // nobody will read the rest
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
            if (item instanceof Failure) {
                return;
            }
        }
    }

    @Override
    public boolean hasNext() {
        return taken < count;
    }

    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("DataLoader: interrupted while waiting for batch " + taken, e);
        }
        if (item instanceof Failure failure) {
            taken = count;
            if (failure.cause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure.cause();
        }
        taken++;
        return (Batch) item;
    }
}
