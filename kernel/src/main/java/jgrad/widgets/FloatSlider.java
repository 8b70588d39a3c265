package jgrad.widgets;

/** A slider for real numbers, as ipywidgets' FloatSlider: {@code new FloatSlider(0, 1).step(0.01).value(0.5)}. */
public final class FloatSlider extends BoundedFloat<FloatSlider> {
    /** A slider from 0 to 100 at 0, in steps of 0.1. */
    public FloatSlider() {
        this(0, 100);
    }

    /** A slider from {@code min} to {@code max} at 0 (or the end of the range nearer 0), in steps of 0.1. */
    public FloatSlider(double min, double max) {
        super("FloatSliderModel", "FloatSliderView", Style.slider(), min, max);
        Sliders.define(this, ".2f");
        define("step", Kind.FLOAT, 0.1);
    }

    /** The step between values. */
    public double step() {
        return (Double) get("step");
    }

    /** Sets the step between values. */
    public FloatSlider step(double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive, not " + step);
        }
        put("step", step);
        return this;
    }

    /** False: listeners hear only where the user lets go of the handle, not every value it passes. */
    public FloatSlider continuousUpdate(boolean continuous) {
        put("continuous_update", continuous);
        return this;
    }
}
