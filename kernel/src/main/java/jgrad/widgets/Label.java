package jgrad.widgets;

/** Plain text shown as a control, as ipywidgets' Label: {@code new Label("loss: 0.31")}. */
public final class Label extends StringWidget<Label> {
    /** An empty label. */
    public Label() {
        this("");
    }

    /** A label showing {@code value}. */
    public Label(String value) {
        super("LabelModel", "LabelView", Style.label(), value);
    }
}
