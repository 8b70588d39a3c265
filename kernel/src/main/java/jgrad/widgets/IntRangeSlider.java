package jgrad.widgets;

import java.util.List;

/**
 * A slider with two handles for a range of whole numbers, as ipywidgets' IntRangeSlider; its value is
 * [lower, upper]: {@code new IntRangeSlider(0, 100).value(20, 80)}.
 */
public final class IntRangeSlider extends ValueWidget<List<Integer>, IntRangeSlider> {
    /** A range slider from 0 to 100 at [25, 75]. */
    public IntRangeSlider() {
        this(0, 100);
    }

    /** A range slider from {@code min} to {@code max} at its middle half, as ipywidgets starts one. */
    public IntRangeSlider(int min, int max) {
        super("IntRangeSliderModel", "IntRangeSliderView", Style.slider());
        if (min > max) {
            throw new IllegalArgumentException("min (" + min + ") must not be above max (" + max + ")");
        }
        Sliders.define(this, "d");
        define("max", Kind.INT, 100);
        define("min", Kind.INT, 0);
        define("step", Kind.INT, 1);
        define("value", Kind.INTS, List.of(25, 75));
        put("min", min);
        put("max", max);
        put("value", List.of(min + (max - min) / 4, min + 3 * (max - min) / 4));
    }

    /** Sets the range to [lower, upper] (each clamped to [min, max]). */
    public IntRangeSlider value(int lower, int upper) {
        return value(List.of(lower, upper));
    }

    /** The lower end of the range. */
    public int lower() {
        return value().get(0);
    }

    /** The upper end of the range. */
    public int upper() {
        return value().get(1);
    }

    @Override
    Object validate(String key, Object value) {
        if (key.equals("value")) {
            @SuppressWarnings("unchecked")
            List<Integer> v = required(key, (List<Integer>) value);
            if (v.size() != 2 || v.get(0) == null || v.get(1) == null) {
                throw new IllegalArgumentException("an IntRangeSlider's value is [lower, upper], not " + v);
            }
            int min = (Integer) get("min");
            int max = (Integer) get("max");
            int lower = Math.max(min, Math.min(max, v.get(0)));
            int upper = Math.max(min, Math.min(max, v.get(1)));
            return List.of(Math.min(lower, upper), Math.max(lower, upper));
        }
        return value;
    }
}
