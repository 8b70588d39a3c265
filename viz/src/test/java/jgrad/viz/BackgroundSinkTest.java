package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class BackgroundSinkTest {
    @Test
    void supersededFramesAreSkippedAndTheLastOneIsDelivered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Object> delivered = new CopyOnWriteArrayList<>();
        DisplaySink slow = new DisplaySink() {
            @Override
            public String show(Object value) {
                delivered.add("show " + value);
                return "id";
            }

            @Override
            public void update(String id, Object value) {
                try {
                    release.await(); // the first update blocks until all others were sent
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                delivered.add(id + " " + value);
            }
        };
        BackgroundSink sink = new BackgroundSink(slow);
        assertEquals("id", sink.show(0));
        for (int i = 1; i <= 100; i++) {
            sink.update("id", i);
        }
        release.countDown();
        sink.close();
        assertEquals("show 0", delivered.get(0));
        assertEquals("id 100", delivered.get(delivered.size() - 1), "the final frame always arrives, last");
        assertTrue(delivered.size() <= 3, "frames queued behind a slow one collapse to the newest: " + delivered);
    }

    @Test
    void closeDeliversEvenWhenTheThreadIsInterrupted() {
        List<Object> delivered = new CopyOnWriteArrayList<>();
        BackgroundSink sink = new BackgroundSink(new DisplaySink() {
            @Override
            public String show(Object value) {
                return "id";
            }

            @Override
            public void update(String id, Object value) {
                delivered.add(value);
            }
        });
        sink.update("id", "final");
        Thread.currentThread().interrupt();
        sink.close();
        assertTrue(Thread.interrupted(), "the interrupt flag is kept");
        assertEquals(List.of("final"), delivered);
    }

    @Test
    void theWorkerBelongsToTheCreatorsThreadGroupNotTheFirstUpdatersGroup() throws Exception {
        List<ThreadGroup> drawnIn = new CopyOnWriteArrayList<>();
        BackgroundSink sink = new BackgroundSink(new DisplaySink() {
            @Override
            public String show(Object value) {
                return "id";
            }

            @Override
            public void update(String id, Object value) {
                drawnIn.add(Thread.currentThread().getThreadGroup());
            }
        });
        ThreadGroup cell = new ThreadGroup("a cell's threads, which an interrupt stops");
        Thread training = new Thread(cell, () -> sink.update("id", "frame"));
        training.start();
        training.join();
        sink.close();
        assertEquals(List.of(Thread.currentThread().getThreadGroup()), drawnIn);
    }
}
