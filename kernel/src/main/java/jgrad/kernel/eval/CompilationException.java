package jgrad.kernel.eval;

import java.util.List;

/** A cell did not compile; {@link #lines()} holds the offending source line and diagnostics. */
public final class CompilationException extends Exception {
    private final List<String> lines;

    public CompilationException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
