package jgrad.widgets;

/** A check box for a true/false value, as ipywidgets' Checkbox: {@code new Checkbox(true).description("bias")}. */
public final class Checkbox extends ValueWidget<Boolean, Checkbox> {
    /** An unchecked box. */
    public Checkbox() {
        this(false);
    }

    /** A box checked if {@code value}. */
    public Checkbox(boolean value) {
        super("CheckboxModel", "CheckboxView", Style.checkbox());
        define("disabled", Kind.BOOL, false);
        define("indent", Kind.BOOL, true);
        define("value", Kind.BOOL, false);
        put("value", value);
    }

    @Override
    Object validate(String key, Object value) {
        return key.equals("value") ? required(key, value) : value;
    }
}
