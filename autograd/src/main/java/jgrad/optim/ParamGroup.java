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

    public List<Tensor> parameters() {
        return parameters;
    }

    public double lr() {
        return lr;
    }

    public void setLr(double lr) {
        if (!(lr >= 0)) {
            throw new IllegalArgumentException("learning rate must be >= 0, got " + lr);
        }
        this.lr = lr;
    }

    ParamState stateOf(Tensor parameter, int size) {
        return state.computeIfAbsent(parameter, p -> new ParamState(size));
    }
}
