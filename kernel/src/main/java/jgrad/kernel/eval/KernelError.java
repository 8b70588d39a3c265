package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Error} (out of memory, a stack overflow, a class that fails to link) that ended a cell
 * outside the snippets' own code: while compiling it, showing its value, or running a magic. The cell
 * reports it as its error, with a hint for the heap when it ran out, and the kernel goes on.
 */
public final class KernelError extends Exception {
    private final String activity;

    /** {@code error} as it was thrown. */
    public KernelError(Throwable error) {
        this(error, null);
    }

    /** {@code error}, thrown while doing {@code what} ("showing the value of the cell (float[400000000])"). */
    public KernelError(Throwable error, String what) {
        super(error.getMessage(), error);
        this.activity = what;
    }

    /** The error's class, as the cell's ename: "OutOfMemoryError". */
    public String errorName() {
        return getCause().getClass().getSimpleName();
    }

    /** The error's message, and what was being done when it was thrown. */
    public String errorValue() {
        String message = getCause().getMessage();
        String text = message == null ? "" : message;
        return activity == null ? text : text + (text.isEmpty() ? "" : " ") + "(while " + activity + ")";
    }

    /** The traceback lines: the error and, for a full heap, how to free or raise it. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        String value = errorValue();
        out.add(errorName() + (value.isEmpty() ? "" : ": " + value));
        hintFor(errorName()).ifPresent(out::add);
        return out;
    }

    /** A hint line for the errors a student meets: a full heap, a recursion without end. */
    static java.util.Optional<String> hintFor(String errorName) {
        return switch (errorName.substring(errorName.lastIndexOf('.') + 1)) {
            case "OutOfMemoryError" -> java.util.Optional.of(MemoryReserve.outOfMemoryHint());
            case "StackOverflowError" -> java.util.Optional.of("hint: a method called itself without end (or a "
                    + "structure refers to itself, e.g. in its toString()); check where the recursion stops");
            default -> java.util.Optional.empty();
        };
    }
}
