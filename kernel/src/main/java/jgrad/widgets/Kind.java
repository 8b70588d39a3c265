package jgrad.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jgrad.kernel.widgets.WidgetProtocol;

/** The type of one state key: how a value from the front end becomes the Java value, and the Java value a wire value. */
enum Kind {
    INT, FLOAT, STRING, BOOL, INTS, STRINGS, WIDGET, WIDGETS, JSON;

    /** A decoded wire value as this kind's Java value; a clear error if it is not one. */
    Object fromWire(String key, Object wire) {
        if (wire == null) {
            return null;
        }
        return switch (this) {
            case INT -> {
                if (wire instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                        && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
                    yield n.intValue();
                }
                throw wrong(key, "a whole number", wire);
            }
            case FLOAT -> {
                if (wire instanceof Number n) {
                    yield n.doubleValue();
                }
                throw wrong(key, "a number", wire);
            }
            case STRING -> {
                if (wire instanceof String s) {
                    yield s;
                }
                throw wrong(key, "a string", wire);
            }
            case BOOL -> {
                if (wire instanceof Boolean b) {
                    yield b;
                }
                throw wrong(key, "true or false", wire);
            }
            case INTS, STRINGS, WIDGETS -> {
                if (!(wire instanceof List<?> list)) {
                    throw wrong(key, "a list", wire);
                }
                Kind element = this == INTS ? INT : this == STRINGS ? STRING : WIDGET;
                List<Object> out = new ArrayList<>();
                for (Object item : list) {
                    if (item == null) {
                        throw wrong(key, "a list without nulls", wire);
                    }
                    out.add(element.fromWire(key, item));
                }
                yield List.copyOf(out);
            }
            case WIDGET -> {
                if (wire instanceof Widget w) {
                    yield w;
                }
                if (wire instanceof String s && s.startsWith(WidgetProtocol.REFERENCE_PREFIX)) {
                    Widget w = Widget.byId(s.substring(WidgetProtocol.REFERENCE_PREFIX.length()));
                    if (w != null) {
                        yield w;
                    }
                }
                throw wrong(key, "a widget", wire);
            }
            case JSON -> wire;
        };
    }

    /** A Java value of this kind as a wire value (widgets as "IPY_MODEL_" references, opened first). */
    Object toWire(Object value) {
        if (value instanceof Widget w) {
            return w.reference();
        }
        if (value instanceof List<?> list && this == WIDGETS) {
            return list.stream().map(this::toWire).toList();
        }
        return value;
    }

    private static IllegalArgumentException wrong(String key, String expected, Object got) {
        String shown = got instanceof Map || got instanceof List ? got.getClass().getSimpleName() : String.valueOf(got);
        return new IllegalArgumentException("'" + key + "' must be " + expected + ", not " + shown);
    }
}
