package jgrad.optim;

import java.util.LinkedHashMap;
import java.util.Map;

import jgrad.util.Repr;

/** Cosine from the base rate down to etaMin over tMax steps (PyTorch's closed form): etaMin + (base - etaMin)(1 + cos(pi·epoch/tMax))/2. */
public final class CosineAnnealingLR extends LRScheduler {
    private final int tMax;
    private final double etaMin;

    /**
     * torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=tMax, eta_min=etaMin): the rate falls along a half
     * cosine from each group's rate to {@code etaMin} over {@code tMax} steps.
     */
    public CosineAnnealingLR(Optimizer optimizer, int tMax, double etaMin) {
        super(optimizer);
        if (tMax < 1) {
            throw new IllegalArgumentException("CosineAnnealingLR: tMax must be >= 1, got " + tMax);
        }
        if (!(etaMin >= 0)) {
            throw new IllegalArgumentException("CosineAnnealingLR: etaMin must be >= 0, got " + etaMin);
        }
        this.tMax = tMax;
        this.etaMin = etaMin;
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("T_max", Integer.toString(tMax));
        s.put("eta_min", Repr.number(etaMin));
        return s;
    }

    @Override
    protected double lrAt(double baseLr, int epoch) {
        return etaMin + (baseLr - etaMin) * (1 + Math.cos(Math.PI * epoch / tMax)) / 2;
    }
}
