package jgrad.optim;

/** Per-parameter optimizer state: a step count and up to three moment buffers, created on first use. */
public final class ParamState {
    private final int size;
    long steps;
    private double[] first;
    private double[] second;
    private double[] third;

    ParamState(int size) {
        this.size = size;
    }

    /** Momentum buffer or Adam's first moment. */
    double[] first() {
        if (first == null) {
            first = new double[size];
        }
        return first;
    }

    /** Adam's / RMSprop's second moment, or Adagrad's sum of squares. */
    double[] second() {
        if (second == null) {
            second = new double[size];
        }
        return second;
    }

    /** Centred RMSprop's running mean of the gradients. */
    double[] third() {
        if (third == null) {
            third = new double[size];
        }
        return third;
    }

    /** A deep copy: step count and buffers (absent buffers stay absent). */
    ParamState copy() {
        ParamState c = new ParamState(size);
        c.steps = steps;
        c.first = first == null ? null : first.clone();
        c.second = second == null ? null : second.clone();
        c.third = third == null ? null : third.clone();
        return c;
    }

    int size() {
        return size;
    }

    public long steps() {
        return steps;
    }
}
