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
    protected void forward(float[] x, float[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = (float) Math.log(x[i]);
    }

    @Override
    protected void forward(double[] x, double[] y, int from, int to) {
        for (int i = from; i < to; i++) y[i] = Math.log(x[i]);
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
