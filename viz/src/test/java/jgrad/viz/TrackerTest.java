package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jgrad.autograd.Tensor;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import org.junit.jupiter.api.Test;

class TrackerTest {
    /** Records what the tracker sends, like the kernel's display_data / update_display_data. */
    static final class RecordingSink implements DisplaySink {
        final List<String> calls = new ArrayList<>();
        Object last;

        @Override
        public String show(Object value) {
            calls.add("show");
            last = value;
            return "id-1";
        }

        @Override
        public void update(String id, Object value) {
            calls.add("update " + id);
            last = value;
        }
    }

    /** A clock the test advances by hand. */
    static final class FakeClock {
        long nanos;

        long now() {
            return nanos;
        }
    }

    @Test
    void redrawsAreThrottledToFourPerSecond() {
        RecordingSink sink = new RecordingSink();
        FakeClock clock = new FakeClock();
        Tracker t = new Tracker(sink, clock::now);
        for (int i = 0; i < 100; i++) { // 100 steps, 10 ms apart: one second
            t.log("loss", 1.0 / (i + 1));
            t.step();
            clock.nanos += 10_000_000L;
        }
        assertEquals("show", sink.calls.get(0));
        int updates = sink.calls.size() - 1;
        assertTrue(updates >= 3 && updates <= 4, "updates in one second: " + updates);
        t.finish();
        assertEquals("update id-1", sink.calls.get(sink.calls.size() - 1));
        assertTrue(sink.last instanceof TrackerView view && view.text().startsWith("100 steps"));
        t.finish();
        assertEquals(updates + 2, sink.calls.size(), "finish draws once");
    }

    @Test
    void showDrawsTheFirstFrameBeforeAnythingIsLogged() {
        RecordingSink sink = new RecordingSink();
        FakeClock clock = new FakeClock();
        Tracker t = new Tracker(sink, clock::now);
        t.show();
        t.show();
        assertEquals(List.of("show"), sink.calls, "one first frame");
        assertTrue(sink.last instanceof TrackerView view && view.grid() == null, "no chart before a value");
        t.log("loss", 1);
        assertEquals(List.of("show", "update id-1"), sink.calls, "the first value updates it at once");
        Tracker.warmUp(); // draws a throwaway frame, sending nothing
        assertEquals(2, sink.calls.size());
    }

    @Test
    void everyLimitsRedrawsByStepsToo() {
        RecordingSink sink = new RecordingSink();
        FakeClock clock = new FakeClock();
        Tracker t = new Tracker(sink, clock::now).every(50);
        for (int i = 0; i < 100; i++) {
            t.log("loss", i);
            t.step();
            clock.nanos += 1_000_000_000L; // time never throttles here
        }
        assertEquals(List.of("show", "update id-1", "update id-1"), sink.calls);
    }

    @Test
    void metricsUseStepsAndGroupValidationWithTraining() {
        Tracker t = new Tracker(DisplaySink.NONE, () -> 0L);
        for (int s = 0; s < 6; s++) {
            t.log("loss", 10 - s);
            if (s % 3 == 2) {
                t.log("val_loss", 11 - s);
                t.epoch();
            }
            t.step();
        }
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, t.metric("loss").steps());
        assertArrayEquals(new double[] {2, 5}, t.metric("val_loss").steps());
        assertArrayEquals(new double[] {9, 6}, t.metric("val_loss").values());
        TrackerView view = t.finish();
        assertEquals(1, view.grid().charts().size(), "loss and val_loss share one subplot");
        assertTrue(view.text().contains("loss: last 5, min 5 @5, max 10 @0"), view.text());
        assertTrue(view.text().contains("2 epochs"));
    }

    @Test
    void smoothingLogScaleAndGradHeatmapRender() {
        Tensor.manualSeed(3);
        Sequential model = new Sequential(new Linear(4, 8), new ReLU(), new Linear(8, 1));
        Tensor x = Tensor.randn(32, 4);
        Tensor y = x.sum(1, true);
        Tracker t = new Tracker(DisplaySink.NONE, () -> 0L).smooth(0.8).logY(true).trackGrads(model);
        for (int s = 0; s < 40; s++) {
            model.zeroGrad();
            Tensor loss = Loss.mse(model.call(x), y);
            loss.backward();
            for (Tensor p : model.parameters()) {
                p.assign(p.sub(p.grad().mul(0.05)).toArray());
            }
            t.log("loss", loss.item());
            if (s % 10 == 9) {
                t.log("val_loss", loss.item() * 1.1);
            }
            t.log("acc", Math.min(1, s / 40.0 + 0.01));
            t.step();
            if (s % 10 == 9) {
                t.epoch();
            }
        }
        TrackerView view = t.finish();
        assertEquals(3, view.grid().charts().size(), "loss, acc, grad heatmap");
        var lossSeries = ((org.knowm.xchart.XYChart) view.grid().charts().get(0)).getSeriesMap().keySet();
        assertTrue(lossSeries.containsAll(List.of("loss (raw)", "loss (ema 0.8)", "val_loss")), lossSeries.toString());
        assertEquals(40, t.gradHistory().recorded());
        double[] first = t.gradHistory().norms()[0];
        assertEquals(4, first.length);
        assertTrue(first[0] > 0);
        byte[] png = view.toPng();
        assertTrue(ChartFiles.isPng(png));
        ChartFiles.save("tracker.png", png);
        assertTrue(view.toHtml().contains("data:image/png;base64,"));
    }

    @Test
    void badArgumentsAreNamed() {
        Tracker t = new Tracker(DisplaySink.NONE);
        assertThrows(IllegalArgumentException.class, () -> t.smooth(1.5));
        assertThrows(IllegalArgumentException.class, () -> t.every(0));
        assertThrows(IllegalArgumentException.class, () -> t.log(" ", 1));
        assertThrows(IllegalArgumentException.class, () -> t.progress(1, 0));
        assertThrows(IllegalStateException.class, () -> Track.log("loss", 1));
        assertThrows(IllegalArgumentException.class, () -> Track.progress(-1, 10), "outside %%track too");
    }

    @Test
    void emaMatchesTheRecurrence() {
        assertArrayEquals(new double[] {1, 1.5, 2.25}, Smoothing.ema(new double[] {1, 2, 3}, 0.5), 1e-12);
    }

    @Test
    void progressLineShowsRateAndEta() {
        FakeClock clock = new FakeClock();
        Tracker t = new Tracker(DisplaySink.NONE, clock::now);
        clock.nanos = 2_000_000_000L;
        t.progress(50, 100);
        assertTrue(t.view().text().contains("50/100 · 25.0 it/s · ETA 2.0 s"), t.view().text());
        Tracker steps = new Tracker(DisplaySink.NONE, clock::now);
        for (int i = 0; i < 10; i++) {
            steps.step();
        }
        clock.nanos += 2_000_000_000L;
        assertTrue(steps.view().text().startsWith("step 10 · 5.0 steps/s"), steps.view().text());
    }

    /** Steps counted by step() are iterations: their rate is steps/s, while progress(epoch, n) only gives the ETA. */
    @Test
    void theRateCountsStepsNotTheUnitsOfProgress() {
        FakeClock clock = new FakeClock();
        Tracker t = new Tracker(DisplaySink.NONE, clock::now);
        for (int i = 0; i < 200; i++) {
            t.step();
        }
        t.epoch();
        t.progress(1, 4); // one epoch of four done
        clock.nanos = 4_000_000_000L;
        String line = t.view().text();
        assertTrue(line.startsWith("step 200 · epoch 1 · 1/4 · 50.0 steps/s · ETA 12.0 s"), line);
        assertTrue(!line.contains("it/s"), line);
    }

    /** Logging without step(): the chart's x axis counts the values, and so do the progress line and summary. */
    @Test
    void withoutStepTheStepsReportedAreTheValuesDrawn() {
        RecordingSink sink = new RecordingSink();
        FakeClock clock = new FakeClock();
        Tracker t = new Tracker(sink, clock::now);
        for (int i = 0; i < 1350; i++) {
            t.log("loss", 1.0 / (i + 1));
            if (i % 10 == 0) {
                t.log("val_loss", 1.0 / (i + 1));
            }
            if (i % 450 == 449) {
                t.epoch();
            }
            clock.nanos += 10_000_000L;
        }
        assertEquals(1350, t.currentStep());
        assertTrue(t.view().text().startsWith("step 1350 · epoch 3 · "), t.view().text());
        assertTrue(sink.calls.size() > 10, "redrawn while running: " + sink.calls.size());
        TrackerView view = t.finish();
        assertTrue(view.text().startsWith("1350 steps, 3 epochs"), view.text());
        assertTrue(view.text().contains("(1350 values)"), view.text());
    }

    /** progress(i, n) outside %%track: a text line rewritten in place, at most four times a second, ended at n. */
    @Test
    void progressOutsideATrackerPrintsATextLine() {
        FakeClock clock = new FakeClock();
        var bytes = new java.io.ByteArrayOutputStream();
        var out = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        TextProgress progress = new TextProgress(() -> out, clock::now);
        for (int i = 1; i <= 100; i++) {
            clock.nanos += 20_000_000L; // 50 it/s: two seconds in all
            progress.report(i, 100);
        }
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        String[] frames = text.split("\r", -1);
        assertTrue(frames.length - 1 >= 8 && frames.length - 1 <= 10, "lines rewritten about 4 times a second: " + text);
        assertTrue(text.startsWith("\r1/100"), text);
        assertTrue(text.endsWith("\r100/100 · 50.0 it/s · ETA 0.0 s · elapsed 2.0 s\n"), text);
        progress.report(1, 5); // a new loop starts over
        assertTrue(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).endsWith("\r1/5 · elapsed 0.0 s"));
    }
}
