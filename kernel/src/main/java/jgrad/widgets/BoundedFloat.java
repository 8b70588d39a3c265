package jgrad.widgets;

/**
 * A floating-point control with a range (FloatSlider, FloatProgress): its value is always within [min, max].
 *
 * @param <W> the control's own class, which the setters return
 */
public abstract class BoundedFloat<W extends BoundedFloat<W>> extends ValueWidget<Double, W> {
    BoundedFloat(String modelName, String viewName, Style style, double min, double max) {
        super(modelName, viewName, style);
        define("max", Kind.FLOAT, 100.0);
        define("min", Kind.FLOAT, 0.0);
        define("value", Kind.FLOAT, 0.0);
        range(min, max);
    }

    /** Sets both ends of the range; the value moves into it. */
    public W range(double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min (" + min + ") must not be above max (" + max + ")");
        }
        put("min", min);
        put("max", max);
        put("value", value());
        return self();
    }

    /** The lowest value. */
    public double min() {
        return (Double) get("min");
    }

    /** Sets the lowest value; the value moves up to it if below. */
    public W min(double min) {
        return range(min, Math.max(min, max()));
    }

    /** The highest value. */
    public double max() {
        return (Double) get("max");
    }

    /** Sets the highest value; the value moves down to it if above. */
    public W max(double max) {
        return range(Math.min(min(), max), max);
    }

    /** Sets the value (clamped to the range); an int or a double. */
    public W value(double value) {
        return value(Double.valueOf(value));
    }

    @Override
    Object validate(String key, Object value) {
        if (key.equals("value")) {
            double v = required(key, (Double) value);
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("'value' cannot be NaN");
            }
            return Math.max(min(), Math.min(max(), v));
        }
        if (key.equals("min") || key.equals("max")) {
            return required(key, value);
        }
        return value;
    }
}
