package jgrad.optim;

import java.util.List;

/**
 * Base of epoch-style learning-rate schedulers, like torch.optim.lr_scheduler.LRScheduler: remembers each
 * group's base learning rate and, on every {@link #step()}, sets each group's rate to {@link #lrAt(double, int)}.
 */
public abstract class LRScheduler {
    protected final Optimizer optimizer;
    private final double[] baseLrs;
    private int epoch;

    protected LRScheduler(Optimizer optimizer) {
        this.optimizer = optimizer;
        List<ParamGroup> groups = optimizer.paramGroups();
        baseLrs = new double[groups.size()];
        for (int i = 0; i < baseLrs.length; i++) {
            baseLrs[i] = groups.get(i).lr();
        }
    }

    /** Learning rate for a group with base rate {@code baseLr} at step {@code epoch} (0 = before any step). */
    protected abstract double lrAt(double baseLr, int epoch);

    /** Advances one step and sets every group's learning rate. */
    public void step() {
        epoch++;
        apply();
    }

    /** Sets the rates for the current epoch; subclasses whose epoch-0 rate differs from the base call this from their constructor. */
    protected final void apply() {
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < baseLrs.length; i++) {
            groups.get(i).setLr(lrAt(baseLrs[i], epoch));
        }
    }

    public double baseLr(int group) {
        return baseLrs[group];
    }

    /** The learning rate each group has now. */
    public double[] lastLr() {
        return optimizer.paramGroups().stream().mapToDouble(ParamGroup::lr).toArray();
    }

    public int epoch() {
        return epoch;
    }
}
