package jgrad.widgets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A widget's synced keys, each with its kind and current Java value, in ipywidgets' key order (sorted). */
final class WidgetState {
    private final Map<String, Kind> kinds = new TreeMap<>();
    private final Map<String, Object> values = new TreeMap<>();

    void define(String key, Kind kind, Object initial) {
        kinds.put(key, kind);
        values.put(key, initial);
    }

    boolean has(String key) {
        return kinds.containsKey(key);
    }

    Kind kind(String key) {
        Kind kind = kinds.get(key);
        if (kind == null) {
            throw new IllegalArgumentException("no state key '" + key + "'; the keys are " + kinds.keySet());
        }
        return kind;
    }

    Object get(String key) {
        kind(key);
        return values.get(key);
    }

    /** Stores {@code value}; returns the value it replaced. */
    Object put(String key, Object value) {
        kind(key);
        return values.put(key, value);
    }

    /** Every key's wire value. */
    Map<String, Object> wire() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put(key, kinds.get(key).toWire(value)));
        return out;
    }

    List<String> keys() {
        return new ArrayList<>(kinds.keySet());
    }
}
