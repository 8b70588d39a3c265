package jgrad.widgets;

import java.util.function.Consumer;

/**
 * A control with a value and a description (a slider, a checkbox, a text box, a dropdown, ...):
 * {@code value()} reads it, {@code value(v)} sets it, {@code onChange(v -> ...)} runs code each time it changes.
 *
 * @param <T> the value's type
 * @param <W> the control's own class, which the setters return
 */
public abstract class ValueWidget<T, W extends ValueWidget<T, W>> extends Widget {
    ValueWidget(String modelName, String viewName, Style style) {
        super(Keys.CONTROLS, modelName, Keys.CONTROLS, viewName, Keys.VERSION);
        Keys.control(this, style);
    }

    /** The synced key that holds the value ("value"; "index" for a selection). */
    String valueKey() {
        return "value";
    }

    @SuppressWarnings("unchecked")
    final W self() {
        return (W) this;
    }

    /** The current value. */
    @SuppressWarnings("unchecked")
    public T value() {
        return (T) get(valueKey());
    }

    /** Sets the value (a bounded control clamps it to its range); the front end follows and listeners run. */
    public W value(T value) {
        put(valueKey(), state.kind(valueKey()).fromWire(valueKey(), value));
        return self();
    }

    /**
     * Runs {@code listener} with the new value each time the value changes: on the widget event thread when
     * the front end changed it, on the setting thread when Java did. Its errors are printed, never thrown.
     */
    public W onChange(Consumer<? super T> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("onChange needs a listener, not null");
        }
        observe(valueKey(), v -> listener.accept(value()));
        return self();
    }

    /** The label shown beside the control. */
    public String description() {
        return (String) get("description");
    }

    /** Sets the label shown beside the control. */
    public W description(String description) {
        put("description", description == null ? "" : description);
        return self();
    }

    /** This control's style (description_width and the control's own keys). */
    public Style style() {
        return (Style) get("style");
    }

    /** Sets any synced key by its ipywidgets name ({@code set("readout_format", ".1f")}). */
    @Override
    public W set(String key, Object value) {
        super.set(key, value);
        return self();
    }

    /** Checks that {@code value} (a value given for {@code key}) is not null. */
    static <V> V required(String key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' cannot be null");
        }
        return value;
    }
}
