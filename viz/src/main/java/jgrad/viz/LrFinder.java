package jgrad.viz;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import jgrad.autograd.Generator;
import jgrad.autograd.Tensor;
import jgrad.data.Batch;
import jgrad.data.DataLoader;
import jgrad.nn.Module;
import jgrad.optim.Optimizer;
import jgrad.optim.SGD;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Learning-rate range test (Smith 2017, as in fastai): train with the learning rate growing
 * geometrically from {@code start} to {@code end}, record the EMA-smoothed loss, stop once it
 * exceeds 4x its best, and suggest the rate where it falls fastest (steepest negative slope over
 * log lr). Afterwards the model, the optimizer state and learning rate, Tensor's random generator
 * and the loader's shuffler are exactly as before.
 */
public final class LrFinder {
    static final double SMOOTHING = 0.98;
    static final double DIVERGENCE = 4;

    private final List<Double> lrs = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();
    private final double suggested;

    private LrFinder(Module model, DataLoader loader, BiFunction<Tensor, Tensor, Tensor> loss, Optimizer optimizer,
                     double start, double end, int steps) {
        Map<String, Tensor> weights = model.stateDict();
        Map<String, Object> optimizerState = optimizer.stateDict();
        Generator.State tensorRng = Tensor.getRngState();
        Generator.State loaderRng = loader.generator().getState();
        try {
            sweep(model, loader, loss, optimizer, start, end, steps);
        } finally {
            model.loadStateDict(weights);
            model.zeroGrad();
            optimizer.loadStateDict(optimizerState);
            Tensor.setRngState(tensorRng);
            loader.generator().setState(loaderRng);
        }
        this.suggested = steepest();
    }

    /** With plain SGD (no momentum) as the optimizer, the rate growing from 1e-7 to 10 over 100 steps. */
    public static LrFinder run(Module model, DataLoader loader, BiFunction<Tensor, Tensor, Tensor> loss) {
        return run(model, loader, loss, 1e-7, 10, 100);
    }

    /**
     * With plain SGD (no momentum) over the model's parameters as the optimizer, for a model not yet given one;
     * otherwise as {@link #run(Module, DataLoader, BiFunction, Optimizer, double, double, int)}.
     */
    public static LrFinder run(Module model, DataLoader loader, BiFunction<Tensor, Tensor, Tensor> loss,
                               double start, double end, int steps) {
        return run(model, loader, loss, new SGD(model.parameters(), 1e-3), start, end, steps);
    }

    /**
     * Trains with {@code optimizer} for up to {@code steps} batches while the rate grows geometrically from
     * {@code start} to {@code end}, then restores everything; see {@link #suggestedLr()} and {@link #chart()}.
     */
    public static LrFinder run(Module model, DataLoader loader, BiFunction<Tensor, Tensor, Tensor> loss,
                               Optimizer optimizer, double start, double end, int steps) {
        if (!(start > 0 && end > start)) {
            throw new IllegalArgumentException("lrfind: need 0 < start < end, got start=" + start + ", end=" + end);
        }
        if (steps < 5) {
            throw new IllegalArgumentException("lrfind: need at least 5 steps, got " + steps);
        }
        return new LrFinder(model, loader, loss, optimizer, start, end, steps);
    }

    private void sweep(Module model, DataLoader loader, BiFunction<Tensor, Tensor, Tensor> loss, Optimizer optimizer,
                     double start, double end, int steps) {
        Iterator<Batch> batches = loader.iterator();
        double avg = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < steps; i++) {
            if (!batches.hasNext()) {
                batches = loader.iterator();
            }
            Batch b = batches.next();
            double lr = start * Math.pow(end / start, i / (double) (steps - 1));
            optimizer.setLr(lr);
            optimizer.zeroGrad();
            Tensor l = loss.apply(model.call(b.inputs()), b.targets());
            double value = l.item();
            if (!Double.isFinite(value)) {
                break;
            }
            avg = SMOOTHING * avg + (1 - SMOOTHING) * value;
            double smoothed = avg / (1 - Math.pow(SMOOTHING, i + 1));
            lrs.add(lr);
            losses.add(smoothed);
            best = Math.min(best, smoothed);
            if (smoothed > DIVERGENCE * best) {
                break;
            }
            l.backward();
            optimizer.step();
        }
    }

    /** The lr with the most negative slope of smoothed loss over log10 lr (central differences). */
    private double steepest() {
        if (lrs.size() < 3) {
            return Double.NaN;
        }
        int bestAt = 1;
        double bestSlope = Double.POSITIVE_INFINITY;
        for (int i = 1; i + 1 < lrs.size(); i++) {
            double slope = (losses.get(i + 1) - losses.get(i - 1))
                    / (Math.log10(lrs.get(i + 1)) - Math.log10(lrs.get(i - 1)));
            if (slope < bestSlope) {
                bestSlope = slope;
                bestAt = i;
            }
        }
        return lrs.get(bestAt);
    }

    /** The learning rate where the smoothed loss fell fastest: a good rate to start training with. */
    public double suggestedLr() {
        return suggested;
    }

    /** The learning rate of each step taken. */
    public double[] lrs() {
        return lrs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smoothed loss at each step, one per {@link #lrs()} entry. */
    public double[] losses() {
        return losses.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smoothed loss against the learning rate on a log axis, with the suggested rate marked. */
    public Chart chart() {
        return chart(lrs(), losses(), suggested);
    }

    /** Smoothed loss against the learning rate on a log axis, the suggested rate marked. */
    static Chart chart(double[] lrs, double[] losses, double suggested) {
        XYChart chart = Plots.newXY(String.format(Locale.ROOT, "LR finder: suggested lr %.2e", suggested),
                "learning rate (log)", "smoothed loss");
        chart.getStyler().setXAxisLogarithmic(true);
        ChartStyle.legendBelow(chart.getStyler());
        chart.addSeries("loss", lrs, losses).setMarker(SeriesMarkers.NONE);
        int at = java.util.Arrays.stream(lrs).boxed().toList().indexOf(suggested);
        if (Double.isFinite(suggested) && at >= 0) {
            XYSeries mark = chart.addSeries("steepest descent", new double[] {suggested},
                    new double[] {losses[at]});
            mark.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            mark.setMarker(SeriesMarkers.CIRCLE);
            mark.setMarkerColor(Color.RED);
        }
        return new Chart(chart);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LR finder: %d steps from %.1e to %.1e, suggested lr %.2e",
                lrs.size(), lrs.isEmpty() ? 0 : lrs.get(0), lrs.isEmpty() ? 0 : lrs.get(lrs.size() - 1), suggested);
    }
}
