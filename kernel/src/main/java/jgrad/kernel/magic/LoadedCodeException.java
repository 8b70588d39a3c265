package jgrad.kernel.magic;

/** Code that %load ran from a file or notebook failed; {@link #where()} names the file (and cell). */
public final class LoadedCodeException extends Exception {
    private final String where;

    LoadedCodeException(String where, Exception cause) {
        super(where + ": " + cause.getMessage(), cause);
        this.where = where;
    }

    /** E.g. "in prep.ipynb, cell 3 (int x = f();)". */
    public String where() {
        return where;
    }

    /** The failure of the loaded code itself. */
    public Exception failure() {
        return (Exception) getCause();
    }
}
