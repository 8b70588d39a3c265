package jgrad.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A control that picks one of a list of options (Dropdown, ToggleButtons). The front end sees the options'
 * labels and the selected index; {@code value()} is the selected option itself, {@code index()} its place.
 *
 * @param <T> the options' type
 * @param <W> the control's own class, which the setters return
 */
public abstract class Selection<T, W extends Selection<T, W>> extends ValueWidget<T, W> {
    private volatile List<T> options = List.of();

    Selection(String modelName, String viewName, Style style) {
        super(modelName, viewName, style);
        define("_options_labels", Kind.STRINGS, List.of());
        define("disabled", Kind.BOOL, false);
        define("index", Kind.INT, null);
    }

    @Override
    String valueKey() {
        return "index";
    }

    /** Sets the options, each labelled by its toString(); selects the first. */
    public W options(List<? extends T> options) {
        List<String> labels = new ArrayList<>();
        for (T option : options) {
            labels.add(String.valueOf(option));
        }
        return options(options, labels);
    }

    /** Sets the options with their labels (label to option, in the map's order); selects the first. */
    public W options(Map<String, ? extends T> labelled) {
        return options(new ArrayList<T>(labelled.values()), new ArrayList<>(labelled.keySet()));
    }

    private W options(List<? extends T> options, List<String> labels) {
        if (options == null) {
            throw new IllegalArgumentException("the options cannot be null");
        }
        synchronized (this) {
            this.options = List.copyOf(new ArrayList<>(options));
            state.put("index", null); // the old index means nothing among the new options
        }
        put("_options_labels", List.copyOf(labels));
        put("index", options.isEmpty() ? null : 0);
        return self();
    }

    /** The options. */
    public List<T> options() {
        return options;
    }

    /** The selected option, or null if none is. */
    @Override
    public T value() {
        Integer index = index();
        return index == null ? null : options.get(index);
    }

    /** Selects {@code option}; an error if it is not one of the options. */
    @Override
    public W value(T option) {
        int index = options.indexOf(option);
        if (index < 0) {
            throw new IllegalArgumentException(option + " is not one of the options " + options);
        }
        put("index", index);
        return self();
    }

    /** The selected option's place in the options, or null if none is selected. */
    public Integer index() {
        return (Integer) get("index");
    }

    /** Selects the option at {@code index}. */
    public W index(int index) {
        put("index", index);
        return self();
    }

    /** The selected option's label, or null if none is selected. */
    @SuppressWarnings("unchecked")
    public String label() {
        Integer index = index();
        return index == null ? null : ((List<String>) get("_options_labels")).get(index);
    }

    @Override
    Object validate(String key, Object value) {
        if (key.equals("index") && value != null) {
            int index = (Integer) value;
            if (index < 0 || index >= options.size()) {
                throw new IllegalArgumentException("index " + index + " is outside the " + options.size() + " options");
            }
        }
        return value;
    }
}
