package jgrad.optim;

import java.util.LinkedHashMap;
import java.util.Map;

import jgrad.util.Repr;

/** Multiplies the learning rate by gamma every stepSize steps: lr = base · gamma^floor(epoch / stepSize). */
public final class StepLR extends LRScheduler {
    private final int stepSize;
    private final double gamma;

    /**
     * torch.optim.lr_scheduler.StepLR(optimizer, step_size, gamma): multiplies the rate by {@code gamma} every
     * {@code stepSize} calls of step().
     */
    public StepLR(Optimizer optimizer, int stepSize, double gamma) {
        super(optimizer);
        if (stepSize < 1) {
            throw new IllegalArgumentException("StepLR: stepSize must be >= 1, got " + stepSize);
        }
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("StepLR: gamma must be > 0, got " + gamma);
        }
        this.stepSize = stepSize;
        this.gamma = gamma;
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("step_size", Integer.toString(stepSize));
        s.put("gamma", Repr.number(gamma));
        return s;
    }

    @Override
    protected double lrAt(double baseLr, int epoch) {
        return baseLr * Math.pow(gamma, epoch / stepSize);
    }
}
