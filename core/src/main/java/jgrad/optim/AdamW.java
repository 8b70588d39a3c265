package jgrad.optim;

import java.util.List;

import jgrad.autograd.Tensor;

/** Adam with decoupled weight decay (Loshchilov and Hutter); PyTorch's default decay is 0.01. */
public final class AdamW extends Adam {
    /** PyTorch's defaults: lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight decay 0.01. */
    public AdamW(List<Tensor> parameters) {
        this(parameters, 1e-3);
    }

    /** torch.optim.AdamW(params, lr): betas (0.9, 0.999), eps 1e-8, weight decay 0.01. */
    public AdamW(List<Tensor> parameters, double lr) {
        this(parameters, lr, 0.9, 0.999, 1e-8, 0.01);
    }

    /**
     * torch.optim.AdamW(params, lr, betas=(beta1, beta2), eps, weight_decay): each step also shrinks the weights by
     * lr·weightDecay·w.
     */
    public AdamW(List<Tensor> parameters, double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(parameters, lr, beta1, beta2, eps, weightDecay, true);
    }
}
