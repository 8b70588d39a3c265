package jgrad.widgets;

/**
 * A control whose value is a string (Text, Label, HTML).
 *
 * @param <W> the control's own class, which the setters return
 */
public abstract class StringWidget<W extends StringWidget<W>> extends ValueWidget<String, W> {
    StringWidget(String modelName, String viewName, Style style, String value) {
        super(modelName, viewName, style);
        define("placeholder", Kind.STRING, "\u200b");
        define("value", Kind.STRING, "");
        put("value", value);
    }

    /** Sets the grey text shown while the value is empty. */
    public W placeholder(String placeholder) {
        put("placeholder", placeholder == null ? "" : placeholder);
        return self();
    }

    @Override
    Object validate(String key, Object value) {
        return key.equals("value") && value == null ? "" : value;
    }
}
