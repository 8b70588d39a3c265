package jgrad.autograd;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.security.CodeSource;

/**
 * Anomaly detection (PyTorch's {@code torch.autograd.set_detect_anomaly}). While enabled, a forward op that turns
 * finite inputs into NaN/Inf fails naming the op and its input shapes, every graph node remembers the user code
 * line that created it, and backward fails at the first node whose gradient contains NaN/Inf.
 * Process-wide on purpose: a notebook magic switches it on for the cells that run afterwards, on any thread.
 * <pre>{@code try (var a = Anomaly.detect()) { loss.backward(); } }</pre>
 */
public final class Anomaly implements AutoCloseable {
    private static volatile boolean enabled;
    private static final CodeSource LIBRARY = Tensor.class.getProtectionDomain().getCodeSource();
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Function<StackTraceElement, String> AS_PRINTED = StackTraceElement::toString;
    private static volatile Function<StackTraceElement, String> frameNames = AS_PRINTED;

    /** Ops run by backward are checked on their gradient instead, so the forward check pauses there. */
    private static final ThreadLocal<Boolean> IN_BACKWARD = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private final boolean previous;

    private Anomaly() {
        previous = enabled;
        enabled = true;
    }

    /**
     * Turns anomaly detection on for everything that runs afterwards, on any thread
     * (torch.autograd.set_detect_anomaly(True)); see {@link #detect()} for a block.
     */
    public static void enable() { enabled = true; }

    /** Turns anomaly detection off (torch.autograd.set_detect_anomaly(False)). */
    public static void disable() { enabled = false; }

    /** Whether anomaly detection is on (torch.is_anomaly_enabled()). */
    public static boolean isEnabled() { return enabled; }

    /** Enables anomaly mode until {@link #close()}, which restores the previous state. */
    public static Anomaly detect() { return new Anomaly(); }

    @Override
    public void close() { enabled = previous; }

    /**
     * Names the user code in anomaly messages ("called from ...", "created at ..."): a notebook kernel names a
     * cell's code by its cell and line rather than by the class it compiled the cell into. {@code null} restores
     * the default, the frame as {@link StackTraceElement#toString()} prints it. Process-wide, as the mode is.
     */
    public static void nameFramesWith(Function<StackTraceElement, String> names) {
        frameNames = names == null ? AS_PRINTED : names;
    }

    /** The first stack frame outside the jgrad library classes (the user code that created a graph node), named. */
    static String callerFrame() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(s -> s.filter(f -> !isLibrary(f.getDeclaringClass()))
                .findFirst());
        return frame.map(f -> frameNames.apply(f.toStackTraceElement())).orElse("<unknown>");
    }

    private static boolean isLibrary(Class<?> c) {
        if (c.getName().startsWith("java.") || c.getName().startsWith("jdk.")) return true;
        if (LIBRARY == null) return c.getName().startsWith("jgrad.");
        return Objects.equals(LIBRARY, c.getProtectionDomain().getCodeSource());
    }

    /** Pauses forward checks for the engine's backward sweep; returns the state to hand to {@link #resume}. */
    static boolean pauseForwardChecks() {
        boolean was = IN_BACKWARD.get();
        IN_BACKWARD.set(true);
        return was;
    }

    static void resume(boolean paused) { IN_BACKWARD.set(paused); }

    static boolean allFinite(Tensor t) {
        for (double v : t.contiguousData()) if (!Double.isFinite(v)) return false;
        return true;
    }

    static String kind(Tensor t) {
        boolean nan = false;
        for (double v : t.contiguousData()) nan |= Double.isNaN(v);
        return nan ? "NaN" : "Inf";
    }

    /** Forward check: fails if {@code out} has NaN/Inf although every input was finite. */
    static void checkForward(Node fn, Tensor out, Tensor[] in) {
        if (IN_BACKWARD.get() || allFinite(out)) return;
        StringBuilder shapes = new StringBuilder();
        for (Tensor t : in) {
            if (!allFinite(t)) return; // not this op's fault; the producer of that input was reported (or is a leaf)
            if (shapes.length() > 0) shapes.append(", ");
            shapes.append(Shapes.str(t.shape()));
        }
        throw new ArithmeticException("Anomaly detected: forward op '" + fn.opName() + "' (" + fn.name() + ") produced "
                + kind(out) + " values from finite inputs of shapes " + shapes + "; called from " + callerFrame());
    }

    /** Backward check: fails if the gradient {@code fn} computed for input {@code index} has NaN/Inf. */
    static void checkBackward(Node fn, int index, Tensor grad) {
        if (allFinite(grad)) return;
        throw new ArithmeticException("Anomaly detected: function '" + fn.name() + "' returned " + kind(grad)
                + " values in its gradient for input " + index + " (shape " + Shapes.str(grad.shape())
                + "). The forward op was created at " + fn.creationSite());
    }
}
