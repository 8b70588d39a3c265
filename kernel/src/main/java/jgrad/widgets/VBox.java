package jgrad.widgets;

/** Widgets stacked in a column, as ipywidgets' VBox: {@code new VBox(slider, output)}. */
public final class VBox extends Box {
    /** A column of {@code children}. */
    public VBox(Widget... children) {
        super("VBoxModel", "VBoxView", children);
    }

    /** Replaces the widgets in the column. */
    public VBox children(Widget... children) {
        setChildren(children);
        return this;
    }
}
