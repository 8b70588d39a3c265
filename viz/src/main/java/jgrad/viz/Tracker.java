package jgrad.viz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import jgrad.nn.Module;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Live training curves: {@code log("loss", v)}, {@code step()}, {@code epoch()} and
 * {@code progress(i, n)} feed one chart that is redrawn in place through a {@link DisplaySink},
 * at most once per {@link #MIN_REDRAW_NANOS} (and every {@code every} steps at most), so a fast
 * loop is not slowed down by PNG encoding. {@link #finish()} draws the final chart and summary.
 *
 * <p>x values: the step counter once {@link #step()} has been called, else the metric's own count, which
 * the progress line and the summary then report as the steps.
 * Calls may come from any thread (e.g. a data-loading thread logging throughput); they are serialised.
 */
public final class Tracker {
    /** 250 ms: at most about four redraws per second. */
    public static final long MIN_REDRAW_NANOS = 250_000_000L;

    private final DisplaySink sink;
    private final LongSupplier clock;
    private final Map<String, MetricSeries> metrics = new LinkedHashMap<>();
    private final long startNanos;
    private int every = 1;
    private double smooth;
    private boolean logY;
    private GradNormHistory grads;
    private long step;
    private boolean stepping;
    private int epoch;
    private final List<Long> epochSteps = new ArrayList<>();
    private long progressDone;
    private long progressTotal;
    private String displayId;
    private long lastDrawNanos;
    private long lastDrawStep = Long.MIN_VALUE;
    private int redraws;
    private boolean finished;
    private static boolean warm;

    /** Live curves drawn through {@code sink} (in a notebook, {@code %%track} makes one for you). */
    public Tracker(DisplaySink sink) {
        this(sink, System::nanoTime);
    }

    /** With an injectable clock (nanoseconds), for tests of the throttling. */
    public Tracker(DisplaySink sink, LongSupplier clock) {
        this.sink = sink;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
    }

    /**
     * Draws one throwaway frame, once per JVM, on the calling thread, so that the chart and image
     * libraries initialise their classes there. A class whose initialiser is cut short (a notebook
     * cell stopped by Thread.stop) stays unusable until the JVM ends, so the kernel calls this from
     * its own thread before a cell's code can draw.
     */
    public static synchronized void warmUp() {
        if (!warm) {
            warm = true;
            Tracker t = new Tracker(DisplaySink.NONE);
            t.log("loss", 1);
            t.view().toHtml();
        }
    }

    /**
     * Shows the first frame now, from the calling thread, before anything is logged; later frames
     * update it. The %%track magic calls this from the kernel's thread, so that the cell's thread,
     * which an interrupt stops, never draws a frame itself (it only hands updates to the sink).
     */
    public synchronized void show() {
        if (displayId == null && !finished) {
            send(view());
        }
    }

    /** Redraw at most every n steps (n >= 1). */
    public Tracker every(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("every: need a positive number of steps, got " + n);
        }
        this.every = n;
        return this;
    }

    /** EMA smoothing weight in [0, 1); 0 shows raw values only. */
    public Tracker smooth(double weight) {
        Smoothing.ema(new double[0], weight); // validates the weight
        this.smooth = weight;
        return this;
    }

    /** Plots the values on a log scale when {@code on}; returns this. */
    public Tracker logY(boolean on) {
        this.logY = on;
        return this;
    }

    /** Records each parameter's gradient norm at every {@link #step()}: a layers x steps heatmap. */
    public Tracker trackGrads(Module model) {
        this.grads = new GradNormHistory(model);
        return this;
    }

    /** Records {@code value} for the metric {@code name} at the current step and redraws when due. */
    public synchronized void log(String name, double value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("log: metric name must not be empty");
        }
        MetricSeries s = metrics.computeIfAbsent(name, MetricSeries::new);
        s.add(stepping ? step : s.size(), value);
        maybeRedraw();
    }

    /** Ends a training step: advances the step counter and records gradient norms. */
    public synchronized void step() {
        if (grads != null) {
            grads.record(step);
        }
        step++;
        stepping = true;
        maybeRedraw();
    }

    /** Marks the end of an epoch: a line on the charts. */
    public synchronized void epoch() {
        epoch++;
        epochSteps.add(currentStep());
        maybeRedraw();
    }

    /** Reports i of n iterations done, for the rate and ETA in the progress line. */
    public synchronized void progress(long i, long n) {
        checkProgress(i, n);
        progressDone = i;
        progressTotal = n;
        maybeRedraw();
    }

    static void checkProgress(long i, long n) {
        if (n <= 0 || i < 0) {
            throw new IllegalArgumentException("progress: need 0 <= i and n > 0, got i=" + i + ", n=" + n);
        }
    }

    /** The step counter; before the first {@link #step()}, the most values logged under one metric (the x axis). */
    public synchronized long currentStep() {
        if (stepping) {
            return step;
        }
        long most = 0;
        for (MetricSeries s : metrics.values()) {
            most = Math.max(most, s.size());
        }
        return most;
    }

    /** The points logged under {@code name}, or null if none. */
    public MetricSeries metric(String name) {
        return metrics.get(name);
    }

    /** Every metric logged, in the order first seen. */
    public List<MetricSeries> metrics() {
        return List.copyOf(metrics.values());
    }

    /** The gradient norms recorded since {@link #trackGrads}, or null without it. */
    public GradNormHistory gradHistory() {
        return grads;
    }

    /** How many frames were sent to the sink (the first show included). */
    public int redraws() {
        return redraws;
    }

    /** Draws the final chart with the summary; later calls do nothing. Returns the final view. */
    public synchronized TrackerView finish() {
        TrackerView view = view(summary());
        if (!finished) {
            finished = true;
            send(view);
        }
        return view;
    }

    /** The current frame with the progress line. */
    public synchronized TrackerView view() {
        return view(ProgressLine.format(currentStep(), epoch, progressDone, progressTotal, elapsedSeconds()));
    }

    private TrackerView view(String text) {
        List<Chart<?, ?>> charts = new ArrayList<>(TrackerCharts.metrics(metrics.values(), smooth, logY, epochSteps));
        boolean withGrads = grads != null && grads.recorded() > 0;
        // one chart alone fills the notebook column; several share it two by two
        boolean alone = charts.size() + (withGrads ? 1 : 0) == 1;
        int width = alone ? ChartStyle.WIDTH : ChartStyle.PANEL_WIDTH;
        int height = alone ? ChartStyle.HEIGHT : ChartStyle.PANEL_HEIGHT;
        if (withGrads) { // last in the grid: alone in its row it spans the row (see ChartGrid)
            charts.add(grads.heatmap(alone || charts.size() % 2 == 1 ? width : 2 * width, height));
        }
        ChartGrid grid = charts.isEmpty() ? null : new ChartGrid(charts, alone ? 1 : 2, width, height);
        return new TrackerView(grid, text);
    }

    /** Last, min and max of every metric, steps and time. */
    public synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d steps, %d epochs in %s", currentStep(), epoch,
                ProgressLine.duration(elapsedSeconds())));
        for (MetricSeries s : metrics.values()) {
            if (s.size() == 0) {
                continue;
            }
            double[] x = s.steps();
            double[] y = s.values();
            int lo = s.argMin();
            int hi = s.argMax();
            sb.append('\n').append(s.name()).append(": last ").append(TrackerCharts.fmt(s.last()));
            if (lo >= 0) {
                sb.append(", min ").append(TrackerCharts.fmt(y[lo])).append(" @").append(TrackerCharts.fmt(x[lo]))
                        .append(", max ").append(TrackerCharts.fmt(y[hi])).append(" @").append(TrackerCharts.fmt(x[hi]));
            }
            sb.append(" (").append(s.size()).append(" values)");
        }
        return sb.toString();
    }

    private double elapsedSeconds() {
        return (clock.getAsLong() - startNanos) / 1e9;
    }

    private void maybeRedraw() {
        if (finished) {
            return;
        }
        long now = clock.getAsLong();
        boolean first = lastDrawStep == Long.MIN_VALUE; // no frame with values yet (show() draws an empty one)
        long x = stepping ? step : currentStep() - 1; // the x of the newest value
        if (!first && (now - lastDrawNanos < MIN_REDRAW_NANOS || x - lastDrawStep < every)) {
            return;
        }
        lastDrawNanos = now;
        lastDrawStep = x;
        send(view());
    }

    private void send(TrackerView view) {
        redraws++;
        if (displayId == null) {
            displayId = sink.show(view);
        } else {
            sink.update(displayId, view);
        }
    }
}
