package jgrad.autograd.ops;

import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.ReluKernels;
import jgrad.autograd.kernels.FusedStage;

/**
 * ReLU's gradient when the incoming gradient is one value g broadcast (the gradient of a sum): g where ReLU's
 * output is positive (or NaN, as PyTorch's threshold_backward), else 0. As a function of the output alone it
 * can join the output's pending elementwise chain, so the whole backward of relu(2x + 1).sum() reads x once and
 * the gradient is never stored before it is added into x.grad. Never part of a graph.
 */
final class ReluScalarGradient extends UnaryOp {
    private final float gf;
    private final double g;

    ReluScalarGradient(double g) {
        super("relu_backward");
        this.g = g;
        this.gf = (float) g;
    }

    @Override
    protected void forward(float[] y, int yi, float[] out, int oi, int n) {
        ReluKernels.keepWhereNonzero(gf, y, yi, out, oi, n);
    }

    @Override
    boolean fuseInto(FusedStage.Builder stage) { return stage.keepWhereNonzero(gf); }

    @Override
    protected void forward(double[] y, int yi, double[] out, int oi, int n) {
        for (int j = 0; j < n; j++) out[oi + j] = Relu.keepWherePositive(g, y[yi + j]);
    }

    @Override
    protected Tensor[] backward(Tensor grad) {
        throw new UnsupportedOperationException("relu_backward is not differentiable here");
    }
}
