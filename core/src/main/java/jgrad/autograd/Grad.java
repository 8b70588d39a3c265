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

    public static boolean isEnabled() { return ENABLED.get(); }

    public static Grad disabled() { return new Grad(false); }

    public static Grad enabled() { return new Grad(true); }

    /** torch.no_grad() as a block: {@code try (var ng = Grad.noGrad()) { ... }} records no graph inside. */
    public static Grad noGrad() { return disabled(); }

    /** torch.enable_grad() as a block: records the graph inside, e.g. within a no-grad region. */
    public static Grad enableGrad() { return enabled(); }

    public static <T> T noGrad(Supplier<T> body) {
        try (Grad g = disabled()) { return body.get(); }
    }

    public static void noGrad(Runnable body) {
        try (Grad g = disabled()) { body.run(); }
    }

    @Override
    public void close() { ENABLED.set(previous); }
}
