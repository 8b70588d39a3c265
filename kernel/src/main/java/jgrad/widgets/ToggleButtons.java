package jgrad.widgets;

import java.util.List;
import java.util.Map;

/**
 * A row of buttons of which one is pressed, as ipywidgets' ToggleButtons:
 * {@code new ToggleButtons<>("SGD", "Adam")}; {@code value()} is the pressed one's option.
 *
 * @param <T> the options' type
 */
public final class ToggleButtons<T> extends Selection<T, ToggleButtons<T>> {
    /** Buttons for {@code options}, the first pressed. */
    @SafeVarargs
    public ToggleButtons(T... options) {
        this(List.of(options));
    }

    /** Buttons for {@code options}, each labelled by its toString(), the first pressed. */
    public ToggleButtons(List<? extends T> options) {
        super("ToggleButtonsModel", "ToggleButtonsView", Style.toggleButtons());
        defineOwn();
        options(options);
    }

    /** Buttons for labelled options (label to option, in the map's order), the first pressed. */
    public ToggleButtons(Map<String, ? extends T> labelled) {
        super("ToggleButtonsModel", "ToggleButtonsView", Style.toggleButtons());
        defineOwn();
        options(labelled);
    }

    private void defineOwn() {
        define("button_style", Kind.STRING, "");
        define("icons", Kind.STRINGS, List.of());
        define("tooltips", Kind.STRINGS, List.of());
    }

    /** Sets each button's tooltip, in the options' order. */
    public ToggleButtons<T> tooltips(List<String> tooltips) {
        put("tooltips", List.copyOf(tooltips));
        return this;
    }
}
