package jgrad.nn;

import jgrad.autograd.Tensor;

/** How a loss combines its per-element values: PyTorch's {@code reduction='mean' | 'sum' | 'none'}. */
public enum Reduction {
    MEAN, SUM, NONE;

    /** The reduction PyTorch names {@code name} ("mean", "sum" or "none", any case). */
    public static Reduction of(String name) {
        for (Reduction r : values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("reduction must be \"mean\", \"sum\" or \"none\", got \"" + name + "\"");
    }

    Tensor apply(Tensor perElement) {
        return switch (this) {
            case MEAN -> perElement.mean();
            case SUM -> perElement.sum();
            case NONE -> perElement;
        };
    }
}
