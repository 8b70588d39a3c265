package jgrad.optim;

import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.util.Repr;

/** Adagrad: each weight's step shrinks with the sum of its squared gradients so far. */
public final class Adagrad extends Optimizer {
    private final double eps;
    private final double weightDecay;

    /** PyTorch's defaults: lr 0.01, eps 1e-10. */
    public Adagrad(List<Tensor> parameters) {
        this(parameters, 0.01);
    }

    /** torch.optim.Adagrad(params, lr): eps 1e-10, no weight decay. */
    public Adagrad(List<Tensor> parameters, double lr) {
        this(parameters, lr, 1e-10, 0);
    }

    /**
     * torch.optim.Adagrad(params, lr, eps=eps, weight_decay=weightDecay); weight decay adds weightDecay·w to the
     * gradient.
     */
    public Adagrad(List<Tensor> parameters, double lr, double eps, double weightDecay) {
        super(parameters, lr);
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    protected Map<String, String> hyperParameters() {
        return Map.of("eps", Repr.number(eps), "weight_decay", Repr.number(weightDecay));
    }

    @Override
    protected void update(ParamState state, double[] p, double[] g, int offset, int n, double lr) {
        double[] sumSquares = state.buffer(ParamState.SUM);
        for (int i = 0; i < n; i++) {
            double d = g[i] + weightDecay * p[i];
            sumSquares[offset + i] += d * d;
            p[i] -= lr * d / (Math.sqrt(sumSquares[offset + i]) + eps);
        }
    }
}
