package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cell still active when its time limit runs out is stopped as by an interrupt, and only that cell. */
class CellTimeLimitStopTest {
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CellInterrupts interrupts = new CellInterrupts(stopped::countDown);

    @AfterEach
    void close() {
        interrupts.close();
    }

    @Test
    void aCellThatOutlivesItsLimitIsStoppedAndMarkedTimedOut() throws InterruptedException {
        interrupts.setTimeLimit(TimeUnit.MILLISECONDS.toNanos(50));
        interrupts.cellStarted(Optional.empty());
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the user code was stopped");
        assertTrue(interrupts.stopRequested());
        assertTrue(interrupts.timedOut());
        interrupts.cellEnded();
        interrupts.cellStarted(Optional.empty());
        assertFalse(interrupts.timedOut(), "the next cell starts with its own time");
        assertFalse(interrupts.stopRequested());
        interrupts.cellEnded();
    }

    @Test
    void anInterruptIsNotATimeout() {
        interrupts.setTimeLimit(TimeUnit.SECONDS.toNanos(60));
        interrupts.cellStarted(Optional.empty());
        interrupts.interrupt(Optional.empty());
        assertTrue(interrupts.stopRequested());
        assertFalse(interrupts.timedOut());
        interrupts.cellEnded();
    }

    @Test
    void withoutALimitNothingStopsACell() throws InterruptedException {
        interrupts.cellStarted(Optional.empty());
        assertFalse(stopped.await(200, TimeUnit.MILLISECONDS));
        assertFalse(interrupts.stopRequested());
        interrupts.cellEnded();
    }
}
