package jgrad.optim;

import java.util.List;

import jgrad.autograd.Tensor;

/** RMSprop: divide the step by a running root-mean-square of recent gradients (PyTorch's non-centred form). */
public final class RMSprop extends Optimizer {
    private final double alpha;
    private final double eps;
    private final double weightDecay;

    public RMSprop(List<Tensor> parameters, double lr) {
        this(parameters, lr, 0.99, 1e-8, 0);
    }

    public RMSprop(List<Tensor> parameters, double lr, double alpha, double eps, double weightDecay) {
        super(parameters, lr);
        if (alpha < 0 || alpha >= 1) {
            throw new IllegalArgumentException("RMSprop: alpha must be in [0, 1), got " + alpha);
        }
        this.alpha = alpha;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    protected void update(ParamState state, double[] p, double[] g, double lr) {
        double[] meanSquare = state.second();
        for (int i = 0; i < p.length; i++) {
            double d = g[i] + weightDecay * p[i];
            meanSquare[i] = alpha * meanSquare[i] + (1 - alpha) * d * d;
            p[i] -= lr * d / (Math.sqrt(meanSquare[i]) + eps);
        }
        state.steps++;
    }
}
