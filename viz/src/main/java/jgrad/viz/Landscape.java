package jgrad.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import jgrad.optim.Adam;
import jgrad.optim.Optimizer;
import jgrad.optim.RMSprop;
import jgrad.optim.SGD;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A 2D loss landscape for teaching: log-spaced contour lines of a {@link Surface} with the paths
 * of SGD, SGD with momentum, RMSprop and Adam (the library's optimizers, on autograd gradients)
 * from the same start point. A path stops when it leaves the window far behind (divergence).
 */
public final class Landscape {
    static final int GRID = 120;
    static final int LEVELS = 18;
    static final String[] OPTIMIZERS = {"SGD", "momentum", "RMSprop", "Adam"};
    private static final Color[] COLORS = {new Color(214, 39, 40), new Color(31, 119, 180),
        new Color(44, 160, 44), new Color(148, 103, 189)};

    private final Surface surface;
    private final Map<String, double[][]> paths = new LinkedHashMap<>();

    private Landscape(Surface surface, int steps) {
        this.surface = surface;
        for (int k = 0; k < OPTIMIZERS.length; k++) {
            paths.put(OPTIMIZERS[k], descend(k, steps));
        }
    }

    /**
     * Runs SGD, SGD with momentum, RMSprop and Adam for {@code steps} steps on {@code surface} from its start point;
     * {@link #chart()} draws the paths over its contours.
     */
    public static Landscape of(Surface surface, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("landscape: steps must be positive, got " + steps);
        }
        return new Landscape(surface, steps);
    }

    /** Each optimizer's path as {x[], y[]}, starting at the surface's start point. */
    public Map<String, double[][]> paths() {
        return paths;
    }

    /** The surface the optimizers ran on. */
    public Surface surface() {
        return surface;
    }

    private double[][] descend(int which, int steps) {
        Tensor p = Tensor.fromData(new double[] {surface.startX, surface.startY}, new int[] {2}, DType.FLOAT64)
                .requiresGrad();
        double lr = surface.learningRates[which];
        Optimizer opt = switch (which) {
            case 0 -> new SGD(List.of(p), lr);
            case 1 -> new SGD(List.of(p), lr, 0.9);
            case 2 -> new RMSprop(List.of(p), lr);
            default -> new Adam(List.of(p), lr);
        };
        List<double[]> points = new ArrayList<>();
        points.add(p.toArray());
        for (int s = 0; s < steps; s++) {
            opt.zeroGrad();
            surface.apply(p.get(0), p.get(1)).backward();
            opt.step();
            double[] xy = p.toArray();
            if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1]) || far(xy)) {
                break;
            }
            points.add(xy);
        }
        double[][] path = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            path[0][i] = points.get(i)[0];
            path[1][i] = points.get(i)[1];
        }
        return path;
    }

    private boolean far(double[] xy) {
        double w = surface.xMax - surface.xMin;
        double h = surface.yMax - surface.yMin;
        return xy[0] < surface.xMin - w || xy[0] > surface.xMax + w || xy[1] < surface.yMin - h
                || xy[1] > surface.yMax + h;
    }

    /** The contour lines of the surface with each optimizer's path. */
    public Chart chart() {
        XYChart chart = ChartStyle.xy(surface.name().toLowerCase() + ": optimizer paths", "x", "y",
                ChartStyle.WIDTH, ChartStyle.HEIGHT + 100);
        chart.getStyler().setLegendVisible(true).setLegendPosition(LegendPosition.OutsideE); // beside the map
        chart.getStyler().setXAxisMin(surface.xMin).setXAxisMax(surface.xMax)
                .setYAxisMin(surface.yMin).setYAxisMax(surface.yMax);
        addContours(chart);
        int k = 0;
        for (Map.Entry<String, double[][]> e : paths.entrySet()) {
            double[][] path = clipped(e.getValue());
            XYSeries s = chart.addSeries(e.getKey(), path[0], path[1]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(COLORS[k++]);
            s.setLineStyle(new BasicStroke(2f));
        }
        XYSeries start = chart.addSeries("start", new double[] {surface.startX}, new double[] {surface.startY});
        start.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        start.setMarker(SeriesMarkers.DIAMOND);
        start.setMarkerColor(Color.BLACK);
        return new Chart(chart);
    }

    /** Points outside the window become gaps, so a diverging path does not stretch the axes. */
    private double[][] clipped(double[][] path) {
        double[] x = path[0].clone();
        double[] y = path[1].clone();
        for (int i = 0; i < x.length; i++) {
            if (x[i] < surface.xMin || x[i] > surface.xMax || y[i] < surface.yMin || y[i] > surface.yMax) {
                x[i] = Double.NaN;
                y[i] = Double.NaN;
            }
        }
        return new double[][] {x, y};
    }

    private void addContours(XYChart chart) {
        double[] xs = new double[GRID];
        double[] ys = new double[GRID];
        double[][] z = new double[GRID][GRID];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < GRID; i++) {
            xs[i] = surface.xMin + (surface.xMax - surface.xMin) * i / (GRID - 1);
            ys[i] = surface.yMin + (surface.yMax - surface.yMin) * i / (GRID - 1);
        }
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                z[j][i] = surface.at(xs[i], ys[j]);
                lo = Math.min(lo, z[j][i]);
                hi = Math.max(hi, z[j][i]);
            }
        }
        // log-spaced levels: the interesting structure of these functions is near the minimum
        double base = Math.max(lo, 1e-6 * (hi - lo));
        for (int l = 0; l < LEVELS; l++) {
            double level = base * Math.pow(hi / base, (l + 0.5) / LEVELS);
            double[][] seg = Contours.level(xs, ys, z, level);
            if (seg[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries("level " + l, seg[0], seg[1]);
            s.setMarker(SeriesMarkers.NONE);
            int grey = 120 + 120 * l / LEVELS;
            s.setLineColor(new Color(grey, grey, grey));
            s.setLineStyle(new BasicStroke(0.8f));
            s.setShowInLegend(false);
        }
    }
}
