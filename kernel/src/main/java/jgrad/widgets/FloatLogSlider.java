package jgrad.widgets;

/**
 * A slider over powers of a base (10 unless set), as ipywidgets' FloatLogSlider: min, max and step are
 * exponents, the value is base^exponent. {@code new FloatLogSlider(-5, -1).value(1e-3)} picks a learning rate.
 */
public final class FloatLogSlider extends ValueWidget<Double, FloatLogSlider> {
    /** A slider from 10^0 to 10^4 at 1. */
    public FloatLogSlider() {
        this(0, 4);
    }

    /** A slider from 10^minExponent to 10^maxExponent, at 1 (or the end of the range nearer 1). */
    public FloatLogSlider(double minExponent, double maxExponent) {
        super("FloatLogSliderModel", "FloatLogSliderView", Style.slider());
        Sliders.define(this, ".3g");
        define("base", Kind.FLOAT, 10.0);
        define("max", Kind.FLOAT, 4.0);
        define("min", Kind.FLOAT, 0.0);
        define("step", Kind.FLOAT, 0.1);
        define("value", Kind.FLOAT, 1.0);
        exponents(minExponent, maxExponent);
    }

    /** Sets the range as exponents of the base; the value moves into it. */
    public FloatLogSlider exponents(double minExponent, double maxExponent) {
        if (!(minExponent <= maxExponent)) {
            throw new IllegalArgumentException("the min exponent (" + minExponent + ") must not be above the max ("
                    + maxExponent + ")");
        }
        put("min", minExponent);
        put("max", maxExponent);
        put("value", value());
        return this;
    }

    /** Sets the base (10 unless set); the value moves into the new range. */
    public FloatLogSlider base(double base) {
        if (!(base > 0) || base == 1) {
            throw new IllegalArgumentException("the base must be positive and not 1, not " + base);
        }
        put("base", base);
        put("value", value());
        return this;
    }

    /** Sets the step between exponents. */
    public FloatLogSlider step(double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive, not " + step);
        }
        put("step", step);
        return this;
    }

    /** Sets the value (clamped to the range). */
    public FloatLogSlider value(double value) {
        return value(Double.valueOf(value));
    }

    @Override
    Object validate(String key, Object value) {
        if (key.equals("value")) {
            double v = required(key, (Double) value);
            double base = (Double) get("base");
            double low = Math.pow(base, (Double) get("min"));
            double high = Math.pow(base, (Double) get("max"));
            return Math.max(low, Math.min(high, v));
        }
        return value;
    }
}
