package jgrad.nn;

import jgrad.autograd.Tensor;

/**
 * torch.nn.Parameter for Java: a trainable leaf tensor. Java has no attribute hooks, so a module
 * makes it known with {@code registerParameter(name, ...)}, which also accepts a plain tensor:
 * <pre>{@code
 * final Tensor scale = registerParameter("scale", Parameter.of(Tensor.ones(4)));
 * }</pre>
 */
public final class Parameter {
    private Parameter() {
    }

    /** A leaf that shares {@code data}'s storage (as torch's Parameter does) and requires grad. */
    public static Tensor of(Tensor data) {
        return data.detach().requiresGrad();
    }
}
