package jgrad.viz;

import jgrad.autograd.Tensor;

/**
 * Classic 2D test functions for optimizers, written with tensor ops so autograd differentiates
 * them: each with a plotting window, a start point and learning rates that behave on it.
 */
public enum Surface {
    /** (1 - x)^2 + 100 (y - x^2)^2: a curved narrow valley, minimum at (1, 1). */
    ROSENBROCK(-2, 2, -1, 3, -1.5, 2.5, new double[] {8e-4, 8e-5, 1e-2, 5e-2}),
    /** Beale's function: flat plateaus and steep ridges, minimum at (3, 0.5). */
    BEALE(-4.5, 4.5, -4.5, 4.5, 1, 1.6, new double[] {5e-3, 1e-3, 1e-2, 5e-2}),
    /** 0.5 (x^2 + 25 y^2): condition number 25, minimum at (0, 0). */
    QUADRATIC(-3, 3, -2, 2, -2.5, 1.2, new double[] {7e-2, 1.5e-2, 5e-2, 1e-1});

    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;
    final double startX;
    final double startY;
    /** For SGD, SGD with momentum 0.9, RMSprop, Adam, in that order. */
    final double[] learningRates;

    Surface(double xMin, double xMax, double yMin, double yMax, double startX, double startY, double[] lrs) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.startX = startX;
        this.startY = startY;
        this.learningRates = lrs;
    }

    /** f(x, y) for scalar tensors. */
    public Tensor apply(Tensor x, Tensor y) {
        return switch (this) {
            case ROSENBROCK -> x.neg().add(1).pow(2).add(y.sub(x.pow(2)).pow(2).mul(100));
            case BEALE -> term(x, y, 1.5, 1).add(term(x, y, 2.25, 2)).add(term(x, y, 2.625, 3));
            case QUADRATIC -> x.pow(2).add(y.pow(2).mul(25)).mul(0.5);
        };
    }

    /** (c - x + x y^k)^2 */
    private static Tensor term(Tensor x, Tensor y, double c, int k) {
        return x.mul(y.pow(k)).sub(x).add(c).pow(2);
    }

    /** f at a point, without autograd. */
    public double at(double x, double y) {
        return switch (this) {
            case ROSENBROCK -> Math.pow(1 - x, 2) + 100 * Math.pow(y - x * x, 2);
            case BEALE -> Math.pow(1.5 - x + x * y, 2) + Math.pow(2.25 - x + x * y * y, 2)
                    + Math.pow(2.625 - x + x * y * y * y, 2);
            case QUADRATIC -> 0.5 * (x * x + 25 * y * y);
        };
    }
}
