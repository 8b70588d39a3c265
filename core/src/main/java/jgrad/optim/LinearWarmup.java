package jgrad.optim;

import java.util.Map;

import jgrad.util.Repr;

/**
 * Linear warm-up to each group's base rate: before the first step() the rate is base / warmupSteps, after k
 * steps base · min(1, (k + 1) / warmupSteps), so the first warmupSteps optimizer steps ramp up linearly.
 */
public final class LinearWarmup extends LRScheduler {
    private final int warmupSteps;

    /**
     * Ramps each group's rate linearly up to its base rate over the first {@code warmupSteps} calls of step(), then
     * holds it.
     */
    public LinearWarmup(Optimizer optimizer, int warmupSteps) {
        super(optimizer);
        if (warmupSteps < 1) {
            throw new IllegalArgumentException("LinearWarmup: warmupSteps must be >= 1, got " + warmupSteps);
        }
        this.warmupSteps = warmupSteps;
        apply();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("warmup_steps", Integer.toString(warmupSteps));
    }

    @Override
    protected double lrAt(double baseLr, int epoch) {
        return baseLr * Math.min(1.0, (epoch + 1) / (double) warmupSteps);
    }
}
