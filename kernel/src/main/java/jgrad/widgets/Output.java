package jgrad.widgets;

import io.github.spencerpark.jupyter.messages.MessageContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jgrad.kernel.display.OutputRequest;
import jgrad.kernel.widgets.WidgetKernel;

/**
 * An area that shows what code prints or displays, as ipywidgets' Output: {@code out.capture(() -> ...)} runs
 * code with its output going here instead of below the cell, which is how a listener shows text or charts
 * ({@code button.onClick(out.capturing(() -> display(chart)))}). It works as ipywidgets' does: the widget
 * names the request whose output it takes (its msg_id) and the front end moves that output into it.
 */
public final class Output extends Widget {
    /** An empty output area. */
    public Output() {
        super(Keys.OUTPUT, "OutputModel", Keys.OUTPUT, "OutputView", Keys.OUTPUT_VERSION);
        Keys.dom(this);
        define("msg_id", Kind.STRING, "");
        define("outputs", Kind.JSON, List.of());
    }

    /**
     * Runs {@code body} now with what it prints or displays shown in this area. An error it throws is shown
     * here too, not thrown. Without a front end (a console, a headless run) the output goes where it would anyway.
     */
    public void capture(Runnable body) {
        MessageContext request = OutputRequest.current();
        if (request == null || !ensureOpen()) {
            ListenerErrors.guard("the code captured by Output", body);
            return;
        }
        String before = (String) get("msg_id");
        put("msg_id", request.getHeader().getId());
        try {
            ListenerErrors.guard("the code captured by Output", body);
        } finally {
            System.out.flush();
            System.err.flush();
            put("msg_id", before);
        }
    }

    /** {@code body} wrapped so that each run is captured here: {@code button.onClick(out.capturing(() -> ...))}. */
    public Runnable capturing(Runnable body) {
        return () -> capture(body);
    }

    /** {@code body} wrapped so that each call is captured here: {@code slider.onChange(out.capturing(v -> ...))}. */
    public <T> Consumer<T> capturing(Consumer<T> body) {
        return value -> capture(() -> body.accept(value));
    }

    /** Clears the area now. */
    public void clear() {
        clear(false);
    }

    /** Clears the area; with {@code wait}, only when the next output arrives (no flicker when output is replaced). */
    public void clear(boolean wait) {
        capture(() -> WidgetKernel.clearOutput(wait));
        put("outputs", List.of());
    }

    /** Adds {@code text} as printed output. */
    public void appendStdout(String text) {
        append("stdout", text);
    }

    /** Adds {@code text} as error output. */
    public void appendStderr(String text) {
        append("stderr", text);
    }

    @SuppressWarnings("unchecked")
    private void append(String stream, String text) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("output_type", "stream");
        output.put("name", stream);
        output.put("text", text == null ? "null" : text);
        List<Object> outputs = new ArrayList<>((List<Object>) get("outputs"));
        outputs.add(output);
        put("outputs", List.copyOf(outputs));
    }
}
