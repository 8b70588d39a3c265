package jgrad.widgets;

import java.util.List;

/** Widgets laid out together (HBox in a row, VBox in a column); the box shows them all. */
public abstract class Box extends Widget {
    Box(String modelName, String viewName, Widget... children) {
        super(Keys.CONTROLS, modelName, Keys.CONTROLS, viewName, Keys.VERSION);
        Keys.dom(this);
        define("box_style", Kind.STRING, "");
        define("children", Kind.WIDGETS, List.of());
        setChildren(children);
    }

    /** The widgets in the box, in order. */
    @SuppressWarnings("unchecked")
    public List<Widget> children() {
        return (List<Widget>) get("children");
    }

    final void setChildren(Widget... children) {
        for (Widget child : children) {
            if (child == null) {
                throw new IllegalArgumentException("a box's children cannot be null");
            }
        }
        put("children", List.of(children));
    }
}
