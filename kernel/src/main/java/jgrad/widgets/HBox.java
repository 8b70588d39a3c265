package jgrad.widgets;

/** Widgets side by side in a row, as ipywidgets' HBox: {@code new HBox(slider, label)}. */
public final class HBox extends Box {
    /** A row of {@code children}. */
    public HBox(Widget... children) {
        super("HBoxModel", "HBoxView", children);
    }

    /** Replaces the widgets in the row. */
    public HBox children(Widget... children) {
        setChildren(children);
        return this;
    }
}
