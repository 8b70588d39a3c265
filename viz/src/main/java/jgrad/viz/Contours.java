package jgrad.viz;

import java.util.ArrayList;
import java.util.List;

/**
 * Iso-lines of a sampled function by marching squares: XChart has no contour plot, so the lines
 * are computed here and drawn as ordinary XY series (segments separated by NaN, which XChart
 * leaves as gaps).
 */
final class Contours {
    private Contours() {
    }

    /** Segments of the level set z = level over the grid xs x ys (z[j][i] at (xs[i], ys[j])): {x[], y[]}. */
    static double[][] level(double[] xs, double[] ys, double[][] z, double level) {
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        for (int j = 0; j + 1 < ys.length; j++) {
            for (int i = 0; i + 1 < xs.length; i++) {
                // corners counter-clockwise from bottom-left, edges between consecutive corners
                double[] cx = {xs[i], xs[i + 1], xs[i + 1], xs[i]};
                double[] cy = {ys[j], ys[j], ys[j + 1], ys[j + 1]};
                double[] cz = {z[j][i], z[j][i + 1], z[j + 1][i + 1], z[j + 1][i]};
                List<double[]> crossings = new ArrayList<>();
                for (int e = 0; e < 4; e++) {
                    int f = (e + 1) % 4;
                    if ((cz[e] < level) != (cz[f] < level)) {
                        double t = (level - cz[e]) / (cz[f] - cz[e]);
                        crossings.add(new double[] {cx[e] + t * (cx[f] - cx[e]), cy[e] + t * (cy[f] - cy[e])});
                    }
                }
                // 2 crossings: one segment; 4 (saddle): pair them in order
                for (int k = 0; k + 1 < crossings.size(); k += 2) {
                    px.add(crossings.get(k)[0]);
                    py.add(crossings.get(k)[1]);
                    px.add(crossings.get(k + 1)[0]);
                    py.add(crossings.get(k + 1)[1]);
                    px.add(Double.NaN);
                    py.add(Double.NaN);
                }
            }
        }
        return new double[][] {px.stream().mapToDouble(Double::doubleValue).toArray(),
            py.stream().mapToDouble(Double::doubleValue).toArray()};
    }
}
