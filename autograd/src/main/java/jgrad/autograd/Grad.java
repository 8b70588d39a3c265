package jgrad.autograd;

import java.util.function.Supplier;

/** Thread-local grad mode. {@code try (var g = Grad.disabled()) {...}} */
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

    public static <T> T noGrad(Supplier<T> body) {
        try (Grad g = disabled()) { return body.get(); }
    }

    public static void noGrad(Runnable body) {
        try (Grad g = disabled()) { body.run(); }
    }

    @Override
    public void close() { ENABLED.set(previous); }
}
