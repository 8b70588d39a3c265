package jgrad.kernel.eval;

/** The running cell was stopped by an interrupt; like IPython's KeyboardInterrupt, it ends the cell as an error. */
public final class CellInterruptedException extends Exception {
    CellInterruptedException() {
        super("Interrupted: the cell was stopped; variables from earlier cells are kept");
    }

    CellInterruptedException(String message) {
        super(message);
    }
}
