package jgrad.widgets;

/**
 * An integer control with a range (IntSlider, IntProgress, Play): its value is always within [min, max].
 *
 * @param <W> the control's own class, which the setters return
 */
public abstract class BoundedInt<W extends BoundedInt<W>> extends ValueWidget<Integer, W> {
    BoundedInt(String modelName, String viewName, Style style, int min, int max) {
        super(modelName, viewName, style);
        define("max", Kind.INT, 100);
        define("min", Kind.INT, 0);
        define("value", Kind.INT, 0);
        range(min, max);
    }

    /** Sets both ends of the range; the value moves into it. */
    public W range(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min (" + min + ") must not be above max (" + max + ")");
        }
        put("min", min);
        put("max", max);
        put("value", value());
        return self();
    }

    /** The lowest value. */
    public int min() {
        return (Integer) get("min");
    }

    /** Sets the lowest value; the value moves up to it if below. */
    public W min(int min) {
        return range(min, Math.max(min, max()));
    }

    /** The highest value. */
    public int max() {
        return (Integer) get("max");
    }

    /** Sets the highest value; the value moves down to it if above. */
    public W max(int max) {
        return range(Math.min(min(), max), max);
    }

    @Override
    Object validate(String key, Object value) {
        if (key.equals("value")) {
            int v = required(key, (Integer) value);
            return Math.max(min(), Math.min(max(), v));
        }
        if (key.equals("min") || key.equals("max")) {
            return required(key, value);
        }
        return value;
    }
}
