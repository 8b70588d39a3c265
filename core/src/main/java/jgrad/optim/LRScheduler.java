package jgrad.optim;

import java.util.List;
import java.util.Map;

import jgrad.util.Repr;

/**
 * Base of epoch-style learning-rate schedulers, like torch.optim.lr_scheduler.LRScheduler: remembers each
 * group's base learning rate and, on every {@link #step()}, sets each group's rate to {@link #lrAt(double, int)}.
 */
public abstract class LRScheduler {
    protected final Optimizer optimizer;
    private final double[] baseLrs;
    private int epoch;

    /** A scheduler of {@code optimizer}'s rates; each group's current rate becomes its base rate. */
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

    /** The learning rate parameter group {@code group} had when the scheduler was made. */
    public double baseLr(int group) {
        return baseLrs[group];
    }

    /** The learning rate each group has now. */
    public double[] lastLr() {
        return optimizer.paramGroups().stream().mapToDouble(ParamGroup::lr).toArray();
    }

    /** How many times {@link #step()} has run (torch's last_epoch). */
    public int epoch() {
        return epoch;
    }

    /** The settings shown by {@link #toString()}, in order, by their PyTorch names, formatted as Python writes them. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** E.g. {@code StepLR(step_size=30, gamma=0.1, optimizer=SGD, epoch=3, lr=0.01)}: settings, then where it stands. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('(');
        settings().forEach((k, v) -> sb.append(k).append('=').append(v).append(", "));
        double[] lrs = lastLr();
        String lr = lrs.length == 1 ? Repr.number(lrs[0])
                : java.util.Arrays.stream(lrs).mapToObj(Repr::number).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        return sb.append("optimizer=").append(optimizer.getClass().getSimpleName()).append(", epoch=").append(epoch)
                .append(", lr=").append(lr).append(')').toString();
    }
}
