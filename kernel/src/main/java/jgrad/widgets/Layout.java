package jgrad.widgets;

/**
 * A widget's CSS layout (its own model, LayoutModel of @jupyter-widgets/base): {@code w.layout().width("300px")}.
 * Every key is a CSS value or null (unset): width, height, margin, padding, border_top, display, flex, ...
 */
public final class Layout extends Widget {
    private static final String[] KEYS = {"align_content", "align_items", "align_self", "border_bottom",
        "border_left", "border_right", "border_top", "bottom", "display", "flex", "flex_flow", "grid_area",
        "grid_auto_columns", "grid_auto_flow", "grid_auto_rows", "grid_column", "grid_gap", "grid_row",
        "grid_template_areas", "grid_template_columns", "grid_template_rows", "height", "justify_content",
        "justify_items", "left", "margin", "max_height", "max_width", "min_height", "min_width", "object_fit",
        "object_position", "order", "overflow", "padding", "right", "top", "visibility", "width"};

    /** A layout with nothing set. */
    public Layout() {
        super(Keys.BASE, "LayoutModel", Keys.BASE, "LayoutView", Keys.VERSION);
        for (String key : KEYS) {
            define(key, Kind.STRING, null);
        }
    }

    /** The CSS width ("300px", "50%"); null unsets it. */
    public Layout width(String css) {
        put("width", css);
        return this;
    }

    /** The CSS height; null unsets it. */
    public Layout height(String css) {
        put("height", css);
        return this;
    }

    /** Sets any layout key by its ipywidgets name ({@code set("margin", "0 0 0 20px")}). */
    @Override
    public Layout set(String key, Object value) {
        super.set(key, value);
        return this;
    }
}
