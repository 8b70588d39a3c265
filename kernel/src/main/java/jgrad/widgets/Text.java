package jgrad.widgets;

/** A one-line text box, as ipywidgets' Text: {@code new Text().placeholder("name").onChange(s -> ...)}. */
public final class Text extends StringWidget<Text> {
    /** An empty text box. */
    public Text() {
        this("");
    }

    /** A text box holding {@code value}. */
    public Text(String value) {
        super("TextModel", "TextView", Style.text(), value);
        define("continuous_update", Kind.BOOL, true);
        define("disabled", Kind.BOOL, false);
    }

    /** False: listeners hear the value only when the user presses Enter or leaves the box, not each keystroke. */
    public Text continuousUpdate(boolean continuous) {
        put("continuous_update", continuous);
        return this;
    }
}
