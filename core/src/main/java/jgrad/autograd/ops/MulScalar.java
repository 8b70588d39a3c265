package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.FusedStage;

/**
 * x * c for a plain number c, without materialising a broadcast constant. The number is rounded to
 * the tensor's dtype first, exactly as a 0-d constant of that dtype would be. d/dx = c.
 */
public final class MulScalar extends UnaryOp {
    private final double c;
    private final float cf;

    private MulScalar(double c) {
        super("Mul");
        this.c = c;
        this.cf = (float) c;
    }

    public static Tensor apply(Tensor x, double c) {
        return compute(new MulScalar(x.dtype() == DType.FLOAT32 ? (float) c : c), x);
    }

    @Override
    protected void forward(float[] x, int xi, float[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = x[xi + j] * cf;
    }

    @Override
    boolean fuseInto(FusedStage.Builder stage) { return stage.multiply(cf); }

    @Override
    protected void forward(double[] x, int xi, double[] y, int yi, int n) {
        for (int j = 0; j < n; j++) y[yi + j] = x[xi + j] * c;
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {apply(g, c)}; }
}
