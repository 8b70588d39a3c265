package jgrad.autograd.ops;

import jgrad.autograd.Tensor;

/** Natural log; d/dx = 1/x. */
public final class Log extends UnaryOp {
    private Tensor x;

    public static Tensor apply(Tensor x) {
        Log fn = new Log();
        Tensor y = compute(fn, x);
        fn.x = x;
        return y;
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = (float) Math.log(x[xi + j]);
    }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = Math.log(x[xi + j]);
    }

    @Override
    protected int costPerElement() { return 8; }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {g.div(x)};
    }

    @Override
    protected void onRelease() { x = null; }
}
