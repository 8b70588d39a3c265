package jgrad.kernel.eval;

/**
 * A line of a notebook cell, named as the student sees it: {@code cell[3] line 2}, or for code that
 * %load ran, {@code prep.ipynb cell 4 line 2}.
 */
public record CellLocation(String cell, int line) {
    /** The name of the cell with this execution count; cells run silently (or outside a kernel) have none. */
    static String cellName(int executionCount) {
        return "cell[" + (executionCount > 0 ? String.valueOf(executionCount) : "?") + "]";
    }

    @Override
    public String toString() {
        return cell + " line " + line;
    }
}
