package jgrad.widgets;

/** A slider for whole numbers, as ipywidgets' IntSlider: {@code new IntSlider(0, 10).value(5).description("n")}. */
public final class IntSlider extends BoundedInt<IntSlider> {
    /** A slider from 0 to 100 at 0. */
    public IntSlider() {
        this(0, 100);
    }

    /** A slider from {@code min} to {@code max} at 0 (or the end of the range nearer 0). */
    public IntSlider(int min, int max) {
        super("IntSliderModel", "IntSliderView", Style.slider(), min, max);
        Sliders.define(this, "d");
        define("step", Kind.INT, 1);
    }

    /** The step between values. */
    public int step() {
        return (Integer) get("step");
    }

    /** Sets the step between values. */
    public IntSlider step(int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive, not " + step);
        }
        put("step", step);
        return this;
    }

    /** False: listeners hear only where the user lets go of the handle, not every value it passes. */
    public IntSlider continuousUpdate(boolean continuous) {
        put("continuous_update", continuous);
        return this;
    }
}
