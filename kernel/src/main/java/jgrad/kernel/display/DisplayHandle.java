package jgrad.kernel.display;

/**
 * What {@code display(x)} returns: the id of the output it made, so that it can be replaced in
 * place later ({@code h.update(y)} or {@code updateDisplay(h, y)}). As IPython's display() returns
 * None, a cell ending in {@code display(x)} shows nothing more than x itself.
 */
public final class DisplayHandle {
    private final String id;

    DisplayHandle(String id) {
        this.id = id;
    }

    /** The Jupyter display id. */
    public String id() {
        return id;
    }

    /** Replaces what this output shows. */
    public void update(Object value) {
        Display.updateDisplay(id, value);
    }

    @Override
    public String toString() {
        return "DisplayHandle(" + id + ")";
    }
}
