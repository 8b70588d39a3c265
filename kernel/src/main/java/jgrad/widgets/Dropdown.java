package jgrad.widgets;

import java.util.List;
import java.util.Map;

/**
 * A drop-down list of options, as ipywidgets' Dropdown: {@code new Dropdown<>("relu", "tanh", "sigmoid")};
 * {@code value()} is the chosen option.
 *
 * @param <T> the options' type
 */
public final class Dropdown<T> extends Selection<T, Dropdown<T>> {
    /** A drop-down of {@code options}, the first selected. */
    @SafeVarargs
    public Dropdown(T... options) {
        this(List.of(options));
    }

    /** A drop-down of {@code options}, each labelled by its toString(), the first selected. */
    public Dropdown(List<? extends T> options) {
        super("DropdownModel", "DropdownView", Style.description());
        options(options);
    }

    /** A drop-down of labelled options (label to option, in the map's order), the first selected. */
    public Dropdown(Map<String, ? extends T> labelled) {
        super("DropdownModel", "DropdownView", Style.description());
        options(labelled);
    }
}
