package jgrad.kernel.eval;

import java.util.function.Consumer;

/** clearOutput(...) for notebook cells (statically imported); the kernel installs the publisher. */
public final class ClearOutput {
    private static volatile Consumer<Boolean> sink = wait -> { };

    private ClearOutput() {
    }

    public static void install(Consumer<Boolean> publisher) {
        sink = publisher;
    }

    /**
     * Clears the running cell's output; with {@code wait} the clear happens when the next output
     * arrives (no flicker in animations).
     */
    public static void clearOutput(boolean wait) {
        System.out.flush(); // text printed before the call belongs to the output being cleared
        System.err.flush();
        sink.accept(wait);
    }

    public static void clearOutput() {
        clearOutput(false);
    }
}
