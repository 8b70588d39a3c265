package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CellInterruptsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final AtomicInteger stops = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(3);
    private final CellInterrupts interrupts = new CellInterrupts(() -> {
        stops.incrementAndGet();
        stopped.countDown();
    });

    @AfterEach
    void close() {
        interrupts.close();
    }

    private static Optional<Instant> at(long millis) {
        return Optional.of(T0.plusMillis(millis));
    }

    @Test
    void anInterruptDuringACellStopsItAndKeepsStoppingUntilItEnds() throws InterruptedException {
        interrupts.cellStarted(at(0));
        assertFalse(interrupts.stopRequested());
        interrupts.interrupt(Optional.empty()); // a signal: no date needed while a cell runs
        assertTrue(interrupts.stopRequested());
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "user code is stopped again until the cell ends");
        interrupts.cellEnded();
        assertFalse(interrupts.stopRequested());
        int after = stops.get();
        Thread.sleep(5 * CellInterrupts.RETRY_MS);
        assertTrue(stops.get() <= after + 1, "no more stops once the cell has ended");
    }

    @Test
    void anInterruptThatOvertookItsCellStopsThatCell() {
        interrupts.interrupt(at(5)); // sent 5 ms after the execute request, arrived first
        interrupts.cellStarted(at(0));
        assertTrue(interrupts.stopRequested());
    }

    @Test
    void anInterruptSentBeforeTheCellDoesNotStopIt() {
        interrupts.interrupt(at(0));
        interrupts.cellStarted(at(5));
        assertFalse(interrupts.stopRequested());
    }

    @Test
    void anIdleInterruptAppliesToOneCellAtMost() {
        interrupts.interrupt(at(5));
        interrupts.cellStarted(at(0));
        interrupts.cellEnded();
        interrupts.cellStarted(at(1));
        assertFalse(interrupts.stopRequested(), "the next cell after that runs");
    }

    @Test
    void withoutDatesAnIdleInterruptIsIgnored() {
        interrupts.interrupt(Optional.empty());
        interrupts.cellStarted(at(0));
        assertFalse(interrupts.stopRequested());
        interrupts.cellEnded();
        interrupts.interrupt(at(5));
        interrupts.cellStarted(Optional.empty());
        assertFalse(interrupts.stopRequested(), "a request without a date cannot be ordered");
    }
}
