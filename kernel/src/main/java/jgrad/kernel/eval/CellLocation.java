package jgrad.kernel.eval;

/** A line of a notebook cell, named as the student sees it: {@code cell[3] line 2}. */
public record CellLocation(int executionCount, int line) {
    @Override
    public String toString() {
        // Cells run silently (or outside a kernel) have no execution count.
        return "cell[" + (executionCount > 0 ? String.valueOf(executionCount) : "?") + "] line " + line;
    }
}
