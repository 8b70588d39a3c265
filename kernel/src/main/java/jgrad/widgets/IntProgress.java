package jgrad.widgets;

/** A progress bar counting whole steps, as ipywidgets' IntProgress: {@code bar.value(bar.value() + 1)}. */
public final class IntProgress extends BoundedInt<IntProgress> {
    /** A bar from 0 to 100 at 0. */
    public IntProgress() {
        this(0, 100);
    }

    /** A bar from {@code min} to {@code max} at 0 (or the end of the range nearer 0). */
    public IntProgress(int min, int max) {
        super("IntProgressModel", "ProgressView", Style.progress(), min, max);
        define("bar_style", Kind.STRING, "");
        define("orientation", Kind.STRING, "horizontal");
    }

    /** The bar's colour by meaning: "success", "info", "warning", "danger" or "" (the default). */
    public IntProgress barStyle(String style) {
        put("bar_style", style == null ? "" : style);
        return this;
    }
}
