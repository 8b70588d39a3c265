package jgrad.optim;

import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.util.Repr;

/**
 * RMSprop: divide the step by a running root-mean-square of recent gradients, as torch.optim.RMSprop:
 * optionally centred (subtract the square of a running mean of the gradients, i.e. divide by a running
 * standard deviation) and with momentum on the scaled step.
 */
public final class RMSprop extends Optimizer {
    private final double alpha;
    private final double eps;
    private final double weightDecay;
    private final double momentum;
    private final boolean centered;

    /** PyTorch's defaults: lr 0.01, alpha 0.99, eps 1e-8. */
    public RMSprop(List<Tensor> parameters) {
        this(parameters, 0.01);
    }

    /** torch.optim.RMSprop(params, lr): alpha 0.99, eps 1e-8, no weight decay, no momentum. */
    public RMSprop(List<Tensor> parameters, double lr) {
        this(parameters, lr, 0.99, 1e-8, 0);
    }

    /**
     * torch.optim.RMSprop(params, lr, alpha, eps, weight_decay): {@code alpha} is the smoothing of the running mean of
     * squared gradients.
     */
    public RMSprop(List<Tensor> parameters, double lr, double alpha, double eps, double weightDecay) {
        this(parameters, lr, alpha, eps, weightDecay, 0, false);
    }

    /**
     * torch.optim.RMSprop with all settings: {@code momentum} on the scaled step, and {@code centered} to divide by an
     * estimate of the gradient's variance instead.
     */
    public RMSprop(List<Tensor> parameters, double lr, double alpha, double eps, double weightDecay, double momentum,
                   boolean centered) {
        super(parameters, lr);
        if (alpha < 0 || alpha >= 1) {
            throw new IllegalArgumentException("RMSprop: alpha must be in [0, 1), got " + alpha);
        }
        if (momentum < 0) {
            throw new IllegalArgumentException("RMSprop: momentum must be >= 0, got " + momentum);
        }
        this.alpha = alpha;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.centered = centered;
    }

    @Override
    protected Map<String, String> hyperParameters() {
        return Map.of("alpha", Repr.number(alpha), "centered", Repr.bool(centered), "eps", Repr.number(eps),
                "momentum", Repr.number(momentum), "weight_decay", Repr.number(weightDecay));
    }

    @Override
    protected void update(ParamState state, double[] p, double[] g, int offset, int n, double lr) {
        double[] meanSquare = state.buffer(ParamState.SQUARE_AVG);
        double[] meanGrad = centered ? state.buffer(ParamState.GRAD_AVG) : null;
        double[] velocity = momentum > 0 ? state.buffer(ParamState.MOMENTUM_BUFFER) : null;
        for (int i = 0; i < n; i++) {
            int at = offset + i;
            double d = g[i] + weightDecay * p[i];
            meanSquare[at] = alpha * meanSquare[at] + (1 - alpha) * d * d;
            double variance = meanSquare[at];
            if (centered) {
                meanGrad[at] = alpha * meanGrad[at] + (1 - alpha) * d;
                variance -= meanGrad[at] * meanGrad[at];
            }
            double step = d / (Math.sqrt(variance) + eps);
            if (velocity != null) {
                velocity[at] = momentum * velocity[at] + step;
                step = velocity[at];
            }
            p[i] -= lr * step;
        }
    }
}
