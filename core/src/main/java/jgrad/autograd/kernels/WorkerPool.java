package jgrad.autograd.kernels;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * The cores' helpers for {@link Parallel}: one daemon thread per extra core, running the tasks of one job at a
 * time together with the caller.
 *
 * <p>Why not the common ForkJoin pool: a training step fans out dozens of times (every matmul, every large
 * elementwise op), and a parallel stream pays for splitting, task objects and waking parked threads each
 * time (tens of µs, as long as a whole 128×128 product). Here a job is one object and a counter; a worker
 * that finished a job spins briefly before it parks, so the next fan-out of the same step finds it awake.
 *
 * <p>One job at a time: a caller that finds the pool busy (another thread's job, or a task that fans out
 * again) runs its tasks itself. Workers live in the root thread group, outside the group of any thread
 * that a notebook's interrupt stops; a task that throws (or is stopped) fails its job, not the worker.
 */
final class WorkerPool {
    /** How long an idle worker keeps looking for the next job before it parks (a training step fans out every few µs). */
    private static final long SPIN_NANOS = 1_000_000;
    /** How long a caller spins for the last tasks of its job before it parks. */
    private static final long CALLER_SPIN_NANOS = 200_000;

    private final ReentrantLock owner = new ReentrantLock();
    private final Thread[] workers;
    private volatile Job current;

    WorkerPool(int helpers) {
        workers = new Thread[helpers];
        ThreadGroup root = rootGroup();
        for (int i = 0; i < helpers; i++) {
            Thread t = new Thread(root, this::work, "jgrad-worker-" + (i + 1));
            t.setDaemon(true);
            workers[i] = t;
            t.start();
        }
    }

    /** Runs {@code task.accept(t)} for every t in [0, tasks) on the caller and the workers; returns when all ended. */
    void run(int tasks, IntConsumer task) {
        if (workers.length == 0 || isWorker(Thread.currentThread()) || !owner.tryLock()) {
            for (int t = 0; t < tasks; t++) task.accept(t);
            return;
        }
        Job job = new Job(tasks, task, Thread.currentThread());
        try {
            current = job;
            for (Thread w : workers) LockSupport.unpark(w);
            job.work();
            job.awaitAll();
        } finally {
            current = null;
            owner.unlock();
        }
        Throwable error = job.error;
        if (error instanceof RuntimeException e) throw e;
        if (error instanceof Error e) throw e;
        if (error != null) throw new IllegalStateException(error);
    }

    private boolean isWorker(Thread t) {
        for (Thread w : workers) if (w == t) return true;
        return false;
    }

    private void work() {
        Job last = null;
        while (true) {
            Job job = current;
            if (job == null || job == last) {
                job = awaitJob(last);
                if (job == null) continue;
            }
            last = job;
            try {
                job.work();
            } catch (Throwable stopped) {
                // A stop aimed at a notebook cell can reach a worker between tasks; the worker carries on.
            }
        }
    }

    /** Spins, then parks, until a job other than {@code last} is published; null when woken without one. */
    private Job awaitJob(Job last) {
        long until = System.nanoTime() + SPIN_NANOS;
        while (System.nanoTime() < until) {
            Job job = current;
            if (job != null && job != last) return job;
            Thread.onSpinWait();
        }
        LockSupport.park(this);
        Thread.interrupted(); // nothing interrupts workers on purpose; a stray interrupt must not make park spin
        Job job = current;
        return job != null && job != last ? job : null;
    }

    private static ThreadGroup rootGroup() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) g = g.getParent();
        return g;
    }

    /** One fan-out: tasks are claimed from a counter; the caller is unparked when the last one ends. */
    private static final class Job {
        final int tasks;
        final IntConsumer task;
        final Thread caller;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        volatile Throwable error;

        Job(int tasks, IntConsumer task, Thread caller) {
            this.tasks = tasks;
            this.task = task;
            this.caller = caller;
        }

        void work() {
            for (int t; (t = next.getAndIncrement()) < tasks; ) {
                try {
                    if (error == null) task.accept(t);
                } catch (Throwable e) {
                    if (error == null) error = e;
                } finally {
                    if (done.incrementAndGet() == tasks) LockSupport.unpark(caller);
                }
            }
        }

        void awaitAll() {
            long until = System.nanoTime() + CALLER_SPIN_NANOS;
            while (done.get() < tasks) {
                if (System.nanoTime() < until) Thread.onSpinWait();
                else LockSupport.parkNanos(this, 1_000_000);
            }
        }
    }
}
