package jgrad.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-parameter optimizer state: a step count and the buffers the optimizer keeps, named as PyTorch names them
 * in {@code optimizer.state} ({@link #MOMENTUM_BUFFER}, {@link #EXP_AVG}, ...), created on first use.
 */
public final class ParamState {
    /** SGD's and RMSprop's momentum (velocity). */
    public static final String MOMENTUM_BUFFER = "momentum_buffer";
    /** Adam's first moment: running mean of the gradients. */
    public static final String EXP_AVG = "exp_avg";
    /** Adam's second moment: running mean of the squared gradients. */
    public static final String EXP_AVG_SQ = "exp_avg_sq";
    /** RMSprop's running mean of the squared gradients. */
    public static final String SQUARE_AVG = "square_avg";
    /** Centred RMSprop's running mean of the gradients. */
    public static final String GRAD_AVG = "grad_avg";
    /** Adagrad's sum of squared gradients. */
    public static final String SUM = "sum";

    private final int size;
    long steps;
    private final Map<String, double[]> buffers = new LinkedHashMap<>();

    ParamState(int size) {
        this.size = size;
    }

    /** The buffer called {@code name} (zeros the first time). */
    double[] buffer(String name) {
        return buffers.computeIfAbsent(name, n -> new double[size]);
    }

    /** The buffers by name, in creation order (read-only view; the arrays are the live state). */
    public Map<String, double[]> buffers() {
        return Collections.unmodifiableMap(buffers);
    }

    /** A deep copy: step count and buffers (absent buffers stay absent). */
    ParamState copy() {
        ParamState c = new ParamState(size);
        c.steps = steps;
        buffers.forEach((name, values) -> c.buffers.put(name, values.clone()));
        return c;
    }

    int size() {
        return size;
    }

    /** How many updates this parameter has had (torch's state['step']). */
    public long steps() {
        return steps;
    }
}
