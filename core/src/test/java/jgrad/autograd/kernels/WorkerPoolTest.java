package jgrad.autograd.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    private final WorkerPool pool = new WorkerPool(2);

    @Test
    void runsEveryTaskExactlyOnce() {
        for (int round = 0; round < 2000; round++) {
            int tasks = 1 + round % 17;
            AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
            pool.run(tasks, runs::incrementAndGet);
            for (int t = 0; t < tasks; t++) assertEquals(1, runs.get(t), "task " + t + " of round " + round);
        }
    }

    @Test
    void usesTheWorkersAndTheCaller() {
        var threads = ConcurrentHashMap.<String>newKeySet();
        for (int round = 0; round < 200 && threads.size() < 3; round++) {
            pool.run(64, t -> {
                threads.add(Thread.currentThread().getName());
                long until = System.nanoTime() + 20_000;
                while (System.nanoTime() < until) Thread.onSpinWait();
            });
        }
        assertEquals(3, threads.size(), "threads that ran tasks: " + threads);
    }

    @Test
    void aFailingTaskFailsItsJobAndThePoolCarriesOn() {
        var boom = new IllegalArgumentException("task 3");
        var thrown = assertThrows(IllegalArgumentException.class, () -> pool.run(8, t -> {
            if (t == 3) throw boom;
        }));
        assertSame(boom, thrown);
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        pool.run(8, runs::incrementAndGet);
        for (int t = 0; t < 8; t++) assertEquals(1, runs.get(t));
    }

    @Test
    void aTaskThatFansOutAgainRunsItsTasksItself() {
        AtomicIntegerArray runs = new AtomicIntegerArray(16);
        pool.run(4, outer -> pool.run(4, inner -> runs.incrementAndGet(outer * 4 + inner)));
        for (int t = 0; t < 16; t++) assertEquals(1, runs.get(t));
    }

    @Test
    void callersOnSeveralThreadsEachGetAllTheirTasksRun() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] callers = new Thread[4];
        for (int c = 0; c < callers.length; c++) {
            callers[c] = new Thread(() -> {
                try {
                    for (int round = 0; round < 500; round++) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(6);
                        pool.run(6, runs::incrementAndGet);
                        for (int t = 0; t < 6; t++) assertEquals(1, runs.get(t));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            callers[c].start();
        }
        for (Thread t : callers) t.join(60_000);
        if (failure.get() != null) throw new AssertionError(failure.get());
    }

    @Test
    void workersLiveOutsideTheCallersThreadGroup() throws InterruptedException {
        ThreadGroup cellGroup = new ThreadGroup("cell");
        var groups = ConcurrentHashMap.<ThreadGroup>newKeySet();
        Thread caller = new Thread(cellGroup, () -> {
            WorkerPool fresh = new WorkerPool(1);
            for (int round = 0; round < 200 && groups.size() < 2; round++) {
                fresh.run(32, t -> {
                    groups.add(Thread.currentThread().getThreadGroup());
                    long until = System.nanoTime() + 20_000;
                    while (System.nanoTime() < until) Thread.onSpinWait();
                });
            }
        });
        caller.start();
        caller.join(60_000);
        assertEquals(2, groups.size(), "groups: " + groups);
        for (ThreadGroup g : groups) {
            if (g != cellGroup) assertEquals(null, g.getParent(), "a worker's group is the root group");
        }
    }
}
