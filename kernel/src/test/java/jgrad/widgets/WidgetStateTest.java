package jgrad.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state a widget sends (keys, defaults, references) and how Java-side changes validate and notify. */
class WidgetStateTest {
    @Test
    void anIntSlidersWireStateIsIpywidgets8sWithLayoutAndStyleAsModelReferences() {
        IntSlider s = new IntSlider(0, 10).description("n");
        Map<String, Object> wire = s.state.wire();
        assertEquals(List.of("_dom_classes", "_model_module", "_model_module_version", "_model_name", "_view_count",
                "_view_module", "_view_module_version", "_view_name", "behavior", "continuous_update", "description",
                "description_allow_html", "disabled", "layout", "max", "min", "orientation", "readout",
                "readout_format", "step", "style", "tabbable", "tooltip", "value"), new ArrayList<>(wire.keySet()));
        assertEquals("IntSliderModel", wire.get("_model_name"));
        assertEquals("@jupyter-widgets/controls", wire.get("_model_module"));
        assertEquals("2.0.0", wire.get("_model_module_version"));
        assertEquals("IPY_MODEL_" + s.layout().modelId(), wire.get("layout"));
        assertEquals("IPY_MODEL_" + s.style().modelId(), wire.get("style"));
        assertEquals("SliderStyleModel", s.style().get("_model_name"));
        assertEquals("@jupyter-widgets/base", s.style().get("_view_module"));
        assertEquals("LayoutModel", s.layout().get("_model_name"));
        assertEquals("@jupyter-widgets/base", s.layout().get("_model_module"));
        assertNull(wire.get("tooltip"));
        assertNull(wire.get("_view_count"));
        assertEquals(10, wire.get("max"));
        assertEquals("d", wire.get("readout_format"));
        assertEquals("IntSlider(description='n', max=10)", s.toString());
    }

    @Test
    void boxChildrenAndOutputStateAreWhatTheFrontEndExpects() {
        Label a = new Label("a");
        Output out = new Output();
        VBox box = new VBox(a, out);
        assertEquals(List.of("IPY_MODEL_" + a.modelId(), "IPY_MODEL_" + out.modelId()), box.state.wire().get("children"));
        assertEquals("@jupyter-widgets/output", out.get("_model_module"));
        assertEquals("1.0.0", out.get("_model_module_version"));
        assertEquals("", out.get("msg_id"));
        assertEquals(List.of(), out.get("outputs"));
        out.appendStdout("hi\n");
        assertEquals(List.of(Map.of("output_type", "stream", "name", "stdout", "text", "hi\n")), out.get("outputs"));
    }

    @Test
    void valuesAreClampedToTheRangeAndListenersHearEachChangeOnce() {
        List<Integer> heard = new ArrayList<>();
        IntSlider s = new IntSlider(0, 10).onChange(heard::add);
        s.value(50);
        s.value(10);
        s.min(20);
        assertEquals(List.of(10, 20), heard);
        assertEquals(20, s.value());
        assertEquals(20, s.max(), "min above max raises max with it");
        FloatLogSlider lr = new FloatLogSlider(-5, -1).value(1e-3);
        assertEquals(1e-3, lr.value(), 1e-12);
        assertEquals(0.1, lr.value(5.0).value(), 1e-12);
        IntRangeSlider range = new IntRangeSlider(0, 10);
        assertEquals(List.of(2, 7), range.value());
        assertEquals(List.of(3, 10), range.value(12, 3).value());
    }

    @Test
    void aListenersErrorIsPrintedNotThrown() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            IntSlider s = new IntSlider().description("rate");
            s.onChange(v -> {
                throw new IllegalStateException("bad " + v);
            });
            s.value(3);
            assertEquals(3, s.value());
        } finally {
            System.setErr(err);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("a listener of IntSlider 'rate''s value threw java.lang.IllegalStateException: bad 3"),
                text);
    }

    @Test
    void wrongValuesAndKeysGetErrorsNamingThem() {
        IntSlider s = new IntSlider();
        assertEquals("'value' must be a whole number, not 2.5",
                assertThrows(IllegalArgumentException.class, () -> s.set("value", 2.5)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.set("valeu", 1)).getMessage()
                .startsWith("no state key 'valeu'; the keys are [_dom_classes,"));
        assertEquals("min (5) must not be above max (1)",
                assertThrows(IllegalArgumentException.class, () -> new IntSlider(5, 1)).getMessage());
        assertEquals(".2f", new FloatSlider().set("readout_format", ".2f").get("readout_format"));
        assertEquals(4, new IntSlider().set("value", 4.0).value(), "a whole number sent as a double is taken");
    }

    @Test
    void aSelectionsValueIsTheOptionAtItsIndex() {
        Dropdown<String> d = new Dropdown<>("relu", "tanh", "sigmoid");
        assertEquals(0, d.index());
        assertEquals("tanh", d.value("tanh").value());
        assertEquals(1, d.index());
        assertEquals(List.of("relu", "tanh", "sigmoid"), d.get("_options_labels"));
        assertEquals("gelu is not one of the options [relu, tanh, sigmoid]",
                assertThrows(IllegalArgumentException.class, () -> d.value("gelu")).getMessage());
        ToggleButtons<Integer> t = new ToggleButtons<>(Map.of("one", 1));
        assertEquals(1, t.value());
        assertEquals("one", t.label());
        assertNull(new Dropdown<String>(List.of()).index(), "no options: nothing selected");
    }

    @Test
    void aButtonClickedFromCodeRunsItsListeners() {
        int[] clicks = new int[1];
        Button b = new Button("go").onClick(() -> clicks[0]++).onClick(x -> clicks[0] += 10);
        b.click();
        assertEquals(11, clicks[0]);
        assertEquals("Button(description='go')", b.toString());
    }

    @Test
    void withoutAKernelNothingIsOpenedAndCaptureJustRuns() {
        Output out = new Output();
        boolean[] ran = new boolean[1];
        out.capture(() -> ran[0] = true);
        assertTrue(ran[0]);
        assertEquals(false, out.isOpen());
    }
}
