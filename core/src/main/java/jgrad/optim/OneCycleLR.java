package jgrad.optim;

import java.util.LinkedHashMap;
import java.util.Map;

import jgrad.util.Repr;

/**
 * PyTorch's OneCycleLR with cosine annealing (pct_start 0.3, div_factor 25, final_div_factor 1e4): from
 * maxLr/25 up to maxLr over the first 30% of steps, then down to maxLr/25/1e4 at step totalSteps - 1.
 */
public final class OneCycleLR extends LRScheduler {
    private final double maxLr;
    private final int totalSteps;
    private final double initialLr;
    private final double minLr;
    private final double peakStep;

    /**
     * torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr, total_steps): up to {@code maxLr} and back down over
     * {@code totalSteps} calls of step(), one per batch.
     */
    public OneCycleLR(Optimizer optimizer, double maxLr, int totalSteps) {
        super(optimizer);
        if (!(maxLr > 0)) {
            throw new IllegalArgumentException("OneCycleLR: maxLr must be > 0, got " + maxLr);
        }
        if (totalSteps < 2) {
            throw new IllegalArgumentException("OneCycleLR: totalSteps must be >= 2, got " + totalSteps);
        }
        this.maxLr = maxLr;
        this.totalSteps = totalSteps;
        this.initialLr = maxLr / 25;
        this.minLr = initialLr / 1e4;
        this.peakStep = 0.3 * totalSteps - 1;
        apply();
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("max_lr", Repr.number(maxLr));
        s.put("total_steps", Integer.toString(totalSteps));
        return s;
    }

    @Override
    public void step() {
        if (epoch() + 1 >= totalSteps) {
            throw new IllegalStateException("OneCycleLR: stepped past totalSteps = " + totalSteps);
        }
        super.step();
    }

    @Override
    protected double lrAt(double baseLr, int epoch) {
        if (epoch <= peakStep) {
            return anneal(initialLr, maxLr, epoch / peakStep);
        }
        return anneal(maxLr, minLr, (epoch - peakStep) / (totalSteps - 1 - peakStep));
    }

    private static double anneal(double start, double end, double pct) {
        return end + (start - end) / 2 * (Math.cos(Math.PI * pct) + 1);
    }
}
