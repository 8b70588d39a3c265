package jgrad.widgets;

/** The keys every ipywidgets slider has besides its range and value. */
final class Sliders {
    private Sliders() {
    }

    static void define(Widget slider, String readoutFormat) {
        slider.define("behavior", Kind.STRING, "drag-tap");
        slider.define("continuous_update", Kind.BOOL, true);
        slider.define("disabled", Kind.BOOL, false);
        slider.define("orientation", Kind.STRING, "horizontal");
        slider.define("readout", Kind.BOOL, true);
        slider.define("readout_format", Kind.STRING, readoutFormat);
    }
}
