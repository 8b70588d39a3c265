package jgrad.widgets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A control's style (its own model, such as SliderStyleModel): {@code slider.style().set("handle_color", "red")}.
 * Which keys it has depends on the control: every one has description_width (except Button's).
 */
public final class Style extends Widget {
    private Style(String modelName, Map<String, String> keys) {
        super(Keys.CONTROLS, modelName, Keys.BASE, "StyleView", Keys.VERSION);
        keys.forEach((key, initial) -> define(key, Kind.STRING, initial));
    }

    /** Sets any style key by its ipywidgets name (a CSS value; null unsets it). */
    @Override
    public Style set(String key, Object value) {
        super.set(key, value);
        return this;
    }

    /** The width of the description beside the control ("150px"). */
    public Style descriptionWidth(String css) {
        return set("description_width", css);
    }

    private static Style of(String modelName, Object... keysAndDefaults) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndDefaults.length; i += 2) {
            keys.put((String) keysAndDefaults[i], (String) keysAndDefaults[i + 1]);
        }
        return new Style(modelName, keys);
    }

    static Style slider() {
        return of("SliderStyleModel", "description_width", "", "handle_color", null);
    }

    static Style description() {
        return of("DescriptionStyleModel", "description_width", "");
    }

    static Style progress() {
        return of("ProgressStyleModel", "bar_color", null, "description_width", "");
    }

    static Style checkbox() {
        return of("CheckboxStyleModel", "background", null, "description_width", "");
    }

    static Style text() {
        return of("TextStyleModel", "background", null, "description_width", "", "font_size", null,
                "text_color", null);
    }

    static Style html() {
        return of("HTMLStyleModel", "background", null, "description_width", "", "font_size", null,
                "text_color", null);
    }

    static Style label() {
        return of("LabelStyleModel", "background", null, "description_width", "", "font_family", null,
                "font_size", null, "font_style", null, "font_variant", null, "font_weight", null,
                "text_color", null, "text_decoration", null);
    }

    static Style toggleButtons() {
        return of("ToggleButtonsStyleModel", "button_width", "", "description_width", "", "font_weight", "");
    }

    static Style button() {
        return of("ButtonStyleModel", "button_color", null, "font_family", null, "font_size", null,
                "font_style", null, "font_variant", null, "font_weight", null, "text_color", null,
                "text_decoration", null);
    }
}
