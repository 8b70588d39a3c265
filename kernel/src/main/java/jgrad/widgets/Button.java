package jgrad.widgets;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A push button, as ipywidgets' Button: {@code new Button("Train").onClick(b -> train())}. */
public final class Button extends Widget {
    private final List<Consumer<Button>> clickListeners = new CopyOnWriteArrayList<>();

    /** A button without a label. */
    public Button() {
        this("");
    }

    /** A button labelled {@code description}. */
    public Button(String description) {
        super(Keys.CONTROLS, "ButtonModel", Keys.CONTROLS, "ButtonView", Keys.VERSION);
        Keys.dom(this);
        define("button_style", Kind.STRING, "");
        define("description", Kind.STRING, "");
        define("disabled", Kind.BOOL, false);
        define("icon", Kind.STRING, "");
        define("style", Kind.WIDGET, Style.button());
        put("description", description == null ? "" : description);
    }

    /**
     * Runs {@code listener} (given this button) on each click: on the widget event thread when the user
     * clicks, on the calling thread for {@link #click()}. Its errors are printed, never thrown.
     */
    public Button onClick(Consumer<Button> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("onClick needs a listener, not null");
        }
        clickListeners.add(listener);
        return this;
    }

    /** Runs {@code listener} on each click; see {@link #onClick(Consumer)}. */
    public Button onClick(Runnable listener) {
        if (listener == null) {
            throw new IllegalArgumentException("onClick needs a listener, not null");
        }
        return onClick(b -> listener.run());
    }

    /** Clicks the button from code: runs the click listeners now, on this thread. */
    public void click() {
        for (Consumer<Button> listener : clickListeners) {
            ListenerErrors.guard("a click listener of " + name(), () -> listener.accept(this));
        }
    }

    @Override
    void custom(Map<String, Object> content) {
        if ("click".equals(content.get("event"))) {
            click();
        }
    }

    /** The button's label. */
    public String description() {
        return (String) get("description");
    }

    /** Sets the button's label. */
    public Button description(String description) {
        put("description", description == null ? "" : description);
        return this;
    }

    /** True greys the button out: it cannot be clicked. */
    public Button disabled(boolean disabled) {
        put("disabled", disabled);
        return this;
    }

    /** The button's colour by meaning: "primary", "success", "info", "warning", "danger" or "". */
    public Button buttonStyle(String style) {
        put("button_style", style == null ? "" : style);
        return this;
    }

    /** This button's style (button_color, font_weight, ...). */
    public Style style() {
        return (Style) get("style");
    }

    /** Sets any synced key by its ipywidgets name ({@code set("icon", "check")}). */
    @Override
    public Button set(String key, Object value) {
        super.set(key, value);
        return this;
    }
}
