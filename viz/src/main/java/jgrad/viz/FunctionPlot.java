package jgrad.viz;

import java.util.function.UnaryOperator;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** f and its derivative f' computed by autograd (one backward through f applied elementwise). */
final class FunctionPlot {
    static final int POINTS = 201;

    private FunctionPlot() {
    }

    /** {x, f(x), f'(x)} at POINTS points of [from, to], float64; f must act elementwise. */
    static double[][] sample(UnaryOperator<Tensor> f, double from, double to) {
        if (!(to > from) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("plot: need finite from < to, got from=" + from + ", to=" + to);
        }
        double[] x = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = from + (to - from) * i / (POINTS - 1);
        }
        Tensor xt = Tensor.fromData(x, new int[] {POINTS}, DType.FLOAT64).requiresGrad();
        Tensor y = f.apply(xt);
        if (y.numel() != POINTS) {
            throw new IllegalArgumentException("plot: f must act elementwise (f(x) has shape "
                    + java.util.Arrays.toString(y.shape()) + " for x of shape [" + POINTS + "])");
        }
        // d/dx_i sum_j f(x_j) = f'(x_i) for an elementwise f
        y.sum().backward();
        double[] dy = xt.grad() == null ? new double[POINTS] : xt.grad().toArray();
        return new double[][] {x, y.toArray(), dy};
    }

    static Chart chart(String title, UnaryOperator<Tensor> f, double from, double to) {
        double[][] s = sample(f, from, to);
        XYChart chart = Plots.newXY(title, "x", "");
        ChartStyle.legendBelow(chart.getStyler());
        chart.addSeries("f(x)", s[0], s[1]).setMarker(SeriesMarkers.NONE);
        chart.addSeries("f'(x) (autograd)", s[0], s[2]).setMarker(SeriesMarkers.NONE);
        return new Chart(chart);
    }
}
