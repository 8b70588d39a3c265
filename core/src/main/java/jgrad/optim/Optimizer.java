package jgrad.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jgrad.autograd.Tensor;
import jgrad.util.Repr;

/**
 * Base of all optimizers, like torch.optim.Optimizer: parameter groups, each with its own
 * learning rate, and per-parameter state kept as flat arrays beside the parameters.
 */
public abstract class Optimizer {
    private final List<ParamGroup> groups = new ArrayList<>();

    /**
     * An optimizer of {@code parameters} (e.g. {@code model.parameters()}) as one group with learning rate {@code lr}.
     */
    protected Optimizer(List<Tensor> parameters, double lr) {
        checkLr(getClass().getSimpleName(), lr);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": got an empty parameter list, so there is "
                    + "nothing to train. A Module finds the layers and parameters held in its fields (declared as a Module, "
                    + "or a Tensor made with Parameter.of) and those given to registerModule/registerParameter; layers kept "
                    + "in an array or a List are not found: put them in a ModuleList or a Sequential");
        }
        groups.add(new ParamGroup(parameters, lr));
    }

    /** Adds parameters trained with their own learning rate (e.g. a smaller one for a pretrained body). */
    public Optimizer addParamGroup(List<Tensor> parameters, double lr) {
        checkLr(getClass().getSimpleName() + ".addParamGroup", lr);
        groups.add(new ParamGroup(parameters, lr));
        return this;
    }

    /** Rejects a negative or NaN learning rate, naming where it was given. */
    private static void checkLr(String where, double lr) {
        if (!(lr >= 0)) {
            throw new IllegalArgumentException(where + ": learning rate must be >= 0, got " + lr);
        }
    }

    /** The parameter groups with their learning rates and state (torch's optimizer.param_groups). */
    public List<ParamGroup> paramGroups() {
        return Collections.unmodifiableList(groups);
    }

    /** Learning rate of the first group; schedulers set every group. */
    public double lr() {
        return groups.get(0).lr();
    }

    /** Sets the learning rate of every group. */
    public void setLr(double lr) {
        for (ParamGroup group : groups) {
            group.setLr(lr);
        }
    }

    /**
     * Clears the gradient of every parameter (torch's optimizer.zero_grad()): call it before each backward, since
     * backward adds to the gradients.
     */
    public void zeroGrad() {
        for (ParamGroup group : groups) {
            for (Tensor p : group.parameters()) {
                p.zeroGrad();
            }
        }
    }

    /**
     * Updates every parameter that has a gradient, in place; parameters without one are left alone, as in PyTorch.
     * The update runs block by block: each block of the parameter and its gradient is read into double
     * registers, updated with the optimizer's rule, and written back, so a step is one pass over the weights.
     */
    public void step() {
        for (ParamGroup group : groups) {
            for (Tensor p : group.parameters()) {
                if (p.grad() != null) {
                    ParamState state = group.stateOf(p, (int) p.numel());
                    state.steps++;
                    InPlaceUpdate.apply(p, p.grad(), (values, grad, offset, n) -> update(state, values, grad, offset, n, group.lr()),
                            floatUpdate(state, group.lr()));
                }
            }
        }
    }

    /**
     * A deep copy of this optimizer's state: "lr" (one Double per group) and "state" (per group, a map from
     * parameter index to its {@link ParamState} copy: step count and moment buffers).
     */
    public Map<String, Object> stateDict() {
        List<Double> lrs = new ArrayList<>();
        List<Map<Integer, ParamState>> states = new ArrayList<>();
        for (ParamGroup group : groups) {
            lrs.add(group.lr());
            states.add(group.stateCopy());
        }
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("lr", lrs);
        dict.put("state", states);
        return dict;
    }

    /** Restores a {@link #stateDict()} taken from an optimizer of the same kind over the same parameter shapes. */
    @SuppressWarnings("unchecked")
    public void loadStateDict(Map<String, Object> dict) {
        if (!(dict.get("lr") instanceof List<?> lrs) || !(dict.get("state") instanceof List<?> states)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ".loadStateDict: expected keys 'lr' and 'state', got "
                    + dict.keySet());
        }
        if (lrs.size() != groups.size() || states.size() != groups.size()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ".loadStateDict: state has " + lrs.size()
                    + " groups but this optimizer has " + groups.size());
        }
        for (int g = 0; g < groups.size(); g++) {
            groups.get(g).loadState((Map<Integer, ParamState>) states.get(g));
            groups.get(g).setLr((Double) lrs.get(g));
        }
    }

    /**
     * The settings shown by {@link #toString()}, by their PyTorch names and formatted as Python
     * writes them; the learning rate is added per group.
     */
    protected Map<String, String> hyperParameters() {
        return Map.of();
    }

    /**
     * As PyTorch prints an optimizer: its name, then each parameter group's settings in alphabetical
     * order, e.g. {@code Adam (\nParameter Group 0\n    betas: (0.9, 0.999)\n    eps: 1e-08\n    lr: 0.001 ...)}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append(" (");
        for (int g = 0; g < groups.size(); g++) {
            Map<String, String> settings = new TreeMap<>(hyperParameters());
            settings.put("lr", Repr.number(groups.get(g).lr()));
            sb.append("\nParameter Group ").append(g);
            settings.forEach((k, v) -> sb.append("\n    ").append(k).append(": ").append(v));
        }
        return sb.append("\n)").toString();
    }

    /**
     * Updates one block in place: {@code values[i]} and {@code grad[i]} ({@code i < n}) are element {@code offset + i} of the
     * parameter and its gradient, and of each state buffer. {@code state.steps()} already counts this step.
     */
    protected abstract void update(ParamState state, double[] values, double[] grad, int offset, int n, double lr);

    /**
     * The update in float arithmetic for FLOAT32 parameters, as PyTorch computes it, or null (the default) where the
     * rule keeps state that {@link #update} holds in double.
     */
    InPlaceUpdate.FloatBlock floatUpdate(ParamState state, double lr) {
        return null;
    }
}
