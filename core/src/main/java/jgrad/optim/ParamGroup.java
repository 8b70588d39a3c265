package jgrad.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;

/** Parameters sharing a learning rate, with each parameter's optimizer state. */
public final class ParamGroup {
    private final List<Tensor> parameters;
    private final Map<Tensor, ParamState> state = new IdentityHashMap<>();
    private double lr;

    ParamGroup(List<Tensor> parameters, double lr) {
        this.parameters = List.copyOf(parameters);
        this.lr = lr;
    }

    /** The parameters of this group. */
    public List<Tensor> parameters() {
        return parameters;
    }

    /** This group's learning rate (torch's group['lr']). */
    public double lr() {
        return lr;
    }

    /** Sets this group's learning rate, e.g. by hand between epochs. */
    public void setLr(double lr) {
        if (!(lr >= 0)) {
            throw new IllegalArgumentException("learning rate must be >= 0, got " + lr);
        }
        this.lr = lr;
    }

    /** Copies of the state of each parameter by its index in this group; parameters never stepped are absent. */
    Map<Integer, ParamState> stateCopy() {
        Map<Integer, ParamState> copy = new java.util.TreeMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            ParamState s = state.get(parameters.get(i));
            if (s != null) {
                copy.put(i, s.copy());
            }
        }
        return copy;
    }

    /** Replaces this group's state with copies of {@code byIndex}; sizes must match the parameters. */
    void loadState(Map<Integer, ParamState> byIndex) {
        for (var e : byIndex.entrySet()) {
            int i = e.getKey();
            if (i < 0 || i >= parameters.size()) {
                throw new IllegalArgumentException("loadStateDict: parameter index " + i + " is out of range; group has "
                        + parameters.size() + " parameters");
            }
            if (e.getValue().size() != parameters.get(i).numel()) {
                throw new IllegalArgumentException("loadStateDict: state of parameter " + i + " has " + e.getValue().size()
                        + " values but the parameter has " + parameters.get(i).numel());
            }
        }
        state.clear();
        byIndex.forEach((i, s) -> state.put(parameters.get(i), s.copy()));
    }

    ParamState stateOf(Tensor parameter, int size) {
        return state.computeIfAbsent(parameter, p -> new ParamState(size));
    }
}
