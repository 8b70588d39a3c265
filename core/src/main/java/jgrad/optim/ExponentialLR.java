package jgrad.optim;

import java.util.Map;

import jgrad.util.Repr;

/** Multiplies the learning rate by gamma every step: lr = base · gamma^epoch. */
public final class ExponentialLR extends LRScheduler {
    private final double gamma;

    /** torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma): each step() multiplies the rate by {@code gamma}. */
    public ExponentialLR(Optimizer optimizer, double gamma) {
        super(optimizer);
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("ExponentialLR: gamma must be > 0, got " + gamma);
        }
        this.gamma = gamma;
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("gamma", Repr.number(gamma));
    }

    @Override
    protected double lrAt(double baseLr, int epoch) {
        return baseLr * Math.pow(gamma, epoch);
    }
}
