package jgrad.optim;

import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.util.Repr;

/** Stochastic gradient descent with optional momentum, Nesterov momentum and L2 weight decay (PyTorch's update rule). */
public final class SGD extends Optimizer {
    private final double momentum;
    private final boolean nesterov;
    private final double weightDecay;

    /** torch.optim.SGD(params, lr): w -= lr·grad at every step(). */
    public SGD(List<Tensor> parameters, double lr) {
        this(parameters, lr, 0, false, 0);
    }

    /** torch.optim.SGD(params, lr, momentum): steps along a running velocity v = momentum·v + grad. */
    public SGD(List<Tensor> parameters, double lr, double momentum) {
        this(parameters, lr, momentum, false, 0);
    }

    /**
     * torch.optim.SGD(params, lr, momentum, nesterov=nesterov, weight_decay=weightDecay): Nesterov needs momentum > 0;
     * the decay adds weightDecay·w to the gradient.
     */
    public SGD(List<Tensor> parameters, double lr, double momentum, boolean nesterov, double weightDecay) {
        super(parameters, lr);
        if (momentum < 0 || weightDecay < 0) {
            throw new IllegalArgumentException("SGD: momentum and weightDecay must be >= 0, got " + momentum + ", " + weightDecay);
        }
        if (nesterov && momentum == 0) {
            throw new IllegalArgumentException("SGD: Nesterov momentum needs momentum > 0");
        }
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
    }

    @Override
    protected Map<String, String> hyperParameters() {
        return Map.of("momentum", Repr.number(momentum), "nesterov", Repr.bool(nesterov),
                "weight_decay", Repr.number(weightDecay));
    }

    @Override
    protected void update(ParamState state, double[] p, double[] g, int offset, int n, double lr) {
        double[] buffer = momentum != 0 ? state.buffer(ParamState.MOMENTUM_BUFFER) : null;
        boolean firstStep = state.steps == 1;
        for (int i = 0; i < n; i++) {
            double d = g[i] + weightDecay * p[i];
            if (buffer != null) {
                int at = offset + i;
                buffer[at] = firstStep ? d : momentum * buffer[at] + d;
                d = nesterov ? d + momentum * buffer[at] : buffer[at];
            }
            p[i] -= lr * d;
        }
    }

    /** Plain SGD (no momentum buffer) in float: p -= lr · (g + weightDecay · p), vectorised. */
    @Override
    InPlaceUpdate.FloatBlock floatUpdate(ParamState state, double lr) {
        if (momentum != 0) return null;
        float rate = (float) lr, decay = (float) weightDecay;
        if (decay == 0f) return (p, pAt, g, gAt, n) -> {
            for (int i = 0; i < n; i++) p[pAt + i] -= rate * g[gAt + i];
        };
        return (p, pAt, g, gAt, n) -> {
            for (int i = 0; i < n; i++) p[pAt + i] -= rate * (g[gAt + i] + decay * p[pAt + i]);
        };
    }
}
