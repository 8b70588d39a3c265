package jgrad.optim;

import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.util.Repr;

/**
 * Adam (Kingma and Ba), with bias-corrected moments. {@code decoupled} selects AdamW's weight
 * decay (shrink the weights directly) instead of Adam's L2 term added to the gradient.
 */
public class Adam extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;

    /** PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(List<Tensor> parameters) {
        this(parameters, 1e-3);
    }

    /** torch.optim.Adam(params, lr): betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(List<Tensor> parameters, double lr) {
        this(parameters, lr, 0.9, 0.999, 1e-8, 0);
    }

    /**
     * torch.optim.Adam(params, lr, betas=(beta1, beta2), eps, weight_decay): the decay is an L2 term added to the
     * gradient (use AdamW for decoupled decay).
     */
    public Adam(List<Tensor> parameters, double lr, double beta1, double beta2, double eps, double weightDecay) {
        this(parameters, lr, beta1, beta2, eps, weightDecay, false);
    }

    Adam(List<Tensor> parameters, double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled) {
        super(parameters, lr);
        if (beta1 < 0 || beta1 >= 1 || beta2 < 0 || beta2 >= 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": betas must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
    }

    @Override
    protected Map<String, String> hyperParameters() {
        return Map.of("betas", Repr.tuple(beta1, beta2), "eps", Repr.number(eps), "weight_decay", Repr.number(weightDecay));
    }

    @Override
    protected void update(ParamState state, double[] p, double[] g, int offset, int n, double lr) {
        double[] m = state.buffer(ParamState.EXP_AVG);
        double[] v = state.buffer(ParamState.EXP_AVG_SQ);
        long t = state.steps;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < n; i++) {
            double d = g[i];
            if (decoupled) {
                p[i] *= 1 - lr * weightDecay;
            } else {
                d += weightDecay * p[i];
            }
            int at = offset + i;
            m[at] = beta1 * m[at] + (1 - beta1) * d;
            v[at] = beta2 * v[at] + (1 - beta2) * d * d;
            p[i] -= lr * (m[at] / correction1) / (Math.sqrt(v[at] / correction2) + eps);
        }
    }
}
