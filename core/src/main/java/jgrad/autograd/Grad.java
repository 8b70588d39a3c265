package jgrad.autograd;

import java.util.function.Supplier;

/**
 * Thread-local grad mode. {@code try (var ng = Grad.noGrad()) { ... }} is PyTorch's {@code with torch.no_grad():}
 * ({@link #disabled()} is the same); {@code Grad.noGrad(() -> ...)} runs one expression or block without a graph.
 */
public final class Grad implements AutoCloseable {
    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.TRUE);
    private final boolean previous;

    private Grad(boolean enabled) {
        previous = ENABLED.get();
        ENABLED.set(enabled);
    }

    /** Whether operations on this thread record the autograd graph now (torch.is_grad_enabled()). */
    public static boolean isEnabled() { return ENABLED.get(); }

    /**
     * Switches graph recording off on this thread until {@link #close()}: {@code try (var off = Grad.disabled()) { ...
     * }}; the same as {@link #noGrad()}.
     */
    public static Grad disabled() { return new Grad(false); }

    /** Switches graph recording on on this thread until {@link #close()}; the same as {@link #enableGrad()}. */
    public static Grad enabled() { return new Grad(true); }

    /** torch.no_grad() as a block: {@code try (var ng = Grad.noGrad()) { ... }} records no graph inside. */
    public static Grad noGrad() { return disabled(); }

    /** torch.enable_grad() as a block: records the graph inside, e.g. within a no-grad region. */
    public static Grad enableGrad() { return enabled(); }

    /**
     * Computes {@code body} without recording a graph and returns its value: {@code var pred = Grad.noGrad(() ->
     * model.forward(x));} (torch.no_grad()).
     */
    public static <T> T noGrad(Supplier<T> body) {
        try (Grad g = disabled()) { return body.get(); }
    }

    /**
     * Runs {@code body} without recording a graph, e.g. a hand-written update: {@code Grad.noGrad(() ->
     * w.sub_(w.grad().mul(lr)));} (torch.no_grad()).
     */
    public static void noGrad(Runnable body) {
        try (Grad g = disabled()) { body.run(); }
    }

    @Override
    public void close() { ENABLED.set(previous); }
}
