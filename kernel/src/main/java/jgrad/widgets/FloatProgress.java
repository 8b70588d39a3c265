package jgrad.widgets;

/** A progress bar over real numbers, as ipywidgets' FloatProgress: {@code new FloatProgress(0, 1).value(0.25)}. */
public final class FloatProgress extends BoundedFloat<FloatProgress> {
    /** A bar from 0 to 100 at 0. */
    public FloatProgress() {
        this(0, 100);
    }

    /** A bar from {@code min} to {@code max} at 0 (or the end of the range nearer 0). */
    public FloatProgress(double min, double max) {
        super("FloatProgressModel", "ProgressView", Style.progress(), min, max);
        define("bar_style", Kind.STRING, "");
        define("orientation", Kind.STRING, "horizontal");
    }

    /** The bar's colour by meaning: "success", "info", "warning", "danger" or "" (the default). */
    public FloatProgress barStyle(String style) {
        put("bar_style", style);
        return this;
    }
}
