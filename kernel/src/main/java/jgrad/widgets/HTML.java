package jgrad.widgets;

/** HTML shown as a control, as ipywidgets' HTML: {@code new HTML("<b>epoch 3</b>")}. */
public final class HTML extends StringWidget<HTML> {
    /** Empty HTML. */
    public HTML() {
        this("");
    }

    /** A control showing the HTML {@code value}. */
    public HTML(String value) {
        super("HTMLModel", "HTMLView", Style.html(), value);
    }
}
