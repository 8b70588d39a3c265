package jgrad.widgets;

import java.util.List;

/** The key groups ipywidgets 8's widget classes share (DOMWidget's, DescriptionWidget's) and the modules' names. */
final class Keys {
    static final String CONTROLS = "@jupyter-widgets/controls";
    static final String BASE = "@jupyter-widgets/base";
    static final String OUTPUT = "@jupyter-widgets/output";
    /** The version of @jupyter-widgets/controls and /base models ipywidgets 8 uses. */
    static final String VERSION = "2.0.0";
    /** The version of the @jupyter-widgets/output model. */
    static final String OUTPUT_VERSION = "1.0.0";

    private Keys() {
    }

    /** DOMWidget's keys: CSS classes, its own Layout widget, tabbable and tooltip. */
    static void dom(Widget w) {
        w.define("_dom_classes", Kind.STRINGS, List.of());
        w.define("layout", Kind.WIDGET, new Layout());
        w.define("tabbable", Kind.BOOL, null);
        w.define("tooltip", Kind.STRING, null);
    }

    /** DescriptionWidget's keys: the label shown beside the control, and its own style widget. */
    static void description(Widget w, Style style) {
        w.define("description", Kind.STRING, "");
        w.define("description_allow_html", Kind.BOOL, false);
        w.define("style", Kind.WIDGET, style);
    }

    /** A control with a description: DOMWidget's and DescriptionWidget's keys. */
    static void control(Widget w, Style style) {
        dom(w);
        description(w, style);
    }
}
