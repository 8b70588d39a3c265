package jgrad.widgets;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import jgrad.kernel.display.Renderers;
import jgrad.kernel.widgets.WidgetKernel;
import jgrad.kernel.widgets.WidgetPeer;
import jgrad.kernel.widgets.WidgetProtocol;

/**
 * An interactive control shown in JupyterLab: a Java object whose state (its synced keys, as ipywidgets names
 * them) the front end mirrors. As the last value of a cell, or through {@code display(w)}, it shows as the
 * live control; elsewhere (jupyter console, a notebook run headless) as its text. Changes made in Java reach
 * the front end at once; changes made in the front end update the Java object and call its listeners.
 */
public abstract class Widget {
    private static final Map<String, Widget> OPEN = new ConcurrentHashMap<>();

    static {
        Renderers.register(Widget.class, Widget::addView);
    }

    private final String id = UUID.randomUUID().toString().replace("-", "");
    final WidgetState state = new WidgetState();
    private final Map<String, Object> defaults = new LinkedHashMap<>();
    private final Map<String, List<Consumer<Object>>> observers = new ConcurrentHashMap<>();
    private final List<BiConsumer<Map<String, Object>, List<byte[]>>> messageListeners = new CopyOnWriteArrayList<>();
    private final Peer peer = new Peer();
    private boolean open;

    /** A model of {@code modelModule} and its view, at version {@code version} of both. */
    Widget(String modelModule, String modelName, String viewModule, String viewName, String version) {
        define("_model_module", Kind.STRING, modelModule);
        define("_model_module_version", Kind.STRING, version);
        define("_model_name", Kind.STRING, modelName);
        define("_view_module", Kind.STRING, viewModule);
        define("_view_module_version", Kind.STRING, version);
        define("_view_name", Kind.STRING, viewName);
        define("_view_count", Kind.INT, null);
    }

    /** Adds a synced key with its default value (what a new widget of this class has). */
    final void define(String key, Kind kind, Object initial) {
        state.define(key, kind, initial);
        defaults.put(key, initial);
    }

    /** The widget whose model id is {@code id}, if it is open; else null. */
    static Widget byId(String id) {
        return OPEN.get(id);
    }

    /** The model id: the id of this widget's comm, and what a front end calls it. */
    public String modelId() {
        return id;
    }

    /** How other widgets' state names this one; opens this widget's comm first, so the front end knows it. */
    final String reference() {
        ensureOpen();
        return WidgetProtocol.REFERENCE_PREFIX + id;
    }

    /** Opens the comm (with the full state) unless it is open or no kernel is connected. */
    final synchronized boolean ensureOpen() {
        if (!open && WidgetKernel.connected()) {
            open = true;
            OPEN.put(id, this);
            try {
                WidgetKernel.open(id, peer);
            } catch (RuntimeException e) {
                open = false;
                OPEN.remove(id);
                throw e;
            }
        }
        return open;
    }

    /** This widget's CSS layout (width, height, margin, ...); an error for a widget without one (Layout, Style, Link). */
    public Layout layout() {
        return (Layout) get("layout");
    }

    /** The value of the synced key {@code key} ({@code "value"}, {@code "description"}, ...), as Java holds it. */
    public synchronized Object get(String key) {
        return state.get(key);
    }

    /**
     * Sets any synced key by its ipywidgets name ({@code set("readout_format", ".1f")}); the front end follows
     * and the key's listeners run. A key this widget does not have, or a value of the wrong type, is an error.
     */
    public Widget set(String key, Object value) {
        put(key, state.kind(key).fromWire(key, value));
        return this;
    }

    /** Sets {@code key} from Java: checked by {@link #validate}, sent if it changed, listeners called. */
    final void put(String key, Object value) {
        Object valid;
        Object old;
        synchronized (this) {
            valid = validate(key, value);
            old = state.put(key, valid);
        }
        if (!Objects.equals(old, valid)) {
            sendUpdate(key, valid);
            fire(key, valid);
        }
    }

    /** The value {@code key} takes when set to {@code value} (a slider clamps to its range); identity by default. */
    Object validate(String key, Object value) {
        return value;
    }

    private void sendUpdate(String key, Object value) {
        boolean isOpen;
        synchronized (this) {
            isOpen = open;
        }
        if (isOpen) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put(key, state.kind(key).toWire(value));
            WidgetKernel.message(id, "update", "state", change);
        }
    }

    /** Calls {@code listener} with the new value each time {@code key} changes, in Java or in the front end. */
    final void observe(String key, Consumer<Object> listener) {
        state.kind(key);
        observers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
    }

    private void fire(String key, Object value) {
        for (Consumer<Object> listener : observers.getOrDefault(key, List.of())) {
            ListenerErrors.guard("a listener of " + name() + "'s " + key, () -> listener.accept(value));
        }
    }

    /** Sends a custom message to the front end's model ({"method": "custom", "content": content}). */
    public void send(Map<String, Object> content) {
        send(content, List.of());
    }

    /** Sends a custom message with binary buffers (they travel beside the JSON, as the message's buffers). */
    public void send(Map<String, Object> content, List<byte[]> buffers) {
        if (content == null || buffers == null) {
            throw new IllegalArgumentException("send needs content and a buffer list (List.of() for none), not null");
        }
        if (ensureOpen()) {
            WidgetKernel.custom(id, content, buffers);
        }
    }

    /**
     * Calls {@code listener} with the content and the binary buffers of each custom message the front end sends
     * this widget: {@code w.onMessage((content, buffers) -> ...)}.
     */
    public void onMessage(BiConsumer<Map<String, Object>, List<byte[]>> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("onMessage needs a listener, not null");
        }
        messageListeners.add(listener);
    }

    /** A custom message from the front end (before the message listeners); does nothing by default. */
    void custom(Map<String, Object> content) {
    }

    /** Closes the comm: the front end removes the model and every view of it. Showing it again reopens it. */
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
        }
        OPEN.remove(id);
        WidgetKernel.close(id);
    }

    /** True while the front end has this widget's model (from its first showing until it is closed). */
    public synchronized boolean isOpen() {
        return open;
    }

    /** How listeners' errors name this widget: its class and description. */
    String name() {
        Object description = state.has("description") ? state.get("description") : null;
        String simple = getClass().getSimpleName();
        return description == null || description.toString().isEmpty() ? simple : simple + " '" + description + "'";
    }

    /** The widget's class and every key that differs from its default, as ipywidgets' repr shows them. */
    @Override
    public synchronized String toString() {
        List<String> shown = new ArrayList<>();
        for (String key : state.keys()) {
            Object value = state.get(key);
            if (key.startsWith("_") || key.equals("layout") || key.equals("style") || key.equals("outputs")
                    || Objects.equals(value, defaults.get(key))) {
                continue;
            }
            shown.add(key + "=" + (value instanceof String s ? "'" + s + "'" : value instanceof Widget w
                    ? w.getClass().getSimpleName() : String.valueOf(value)));
        }
        return getClass().getSimpleName() + "(" + String.join(", ", shown) + ")";
    }

    /** The display bundle's widget view, besides its text/plain; only with a kernel to open the model. */
    private static void addView(Widget widget, DisplayData data) {
        if (widget.get("_view_name") == null || !widget.ensureOpen()) {
            return;
        }
        JsonObject view = new JsonObject();
        view.addProperty("model_id", widget.id);
        view.addProperty("version_major", WidgetProtocol.VIEW_VERSION_MAJOR);
        view.addProperty("version_minor", WidgetProtocol.VIEW_VERSION_MINOR);
        data.putData(WidgetProtocol.VIEW_MIME, view);
    }

    /** The protocol's view of this widget; its methods run on the widget event thread. */
    private final class Peer implements WidgetPeer {
        @Override
        public String modelName() {
            return (String) get("_model_name");
        }

        @Override
        public String modelModule() {
            return (String) get("_model_module");
        }

        @Override
        public String modelModuleVersion() {
            return (String) get("_model_module_version");
        }

        @Override
        public Map<String, Object> wireState() {
            synchronized (Widget.this) {
                return state.wire();
            }
        }

        @Override
        public boolean syncs(String key) {
            return state.has(key);
        }

        @Override
        public void frontEndUpdate(Map<String, Object> changes) {
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, Object> e : changes.entrySet()) {
                String key = e.getKey();
                Object received;
                Object valid;
                Object old;
                try {
                    received = state.kind(key).fromWire(key, e.getValue());
                    synchronized (Widget.this) {
                        valid = validate(key, received);
                        old = state.put(key, valid);
                    }
                } catch (IllegalArgumentException bad) {
                    System.err.println(name() + " ignored a value from the front end: " + bad.getMessage());
                    sendUpdate(key, get(key)); // the front end shows the kernel's value again
                    continue;
                }
                if (!Objects.equals(valid, received)) {
                    sendUpdate(key, valid); // corrected (clamped): the front end must show the kernel's value
                }
                if (!Objects.equals(old, valid)) {
                    changed.add(key);
                }
            }
            for (String key : changed) {
                fire(key, get(key));
            }
        }

        @Override
        public void frontEndCustom(Map<String, Object> content, List<byte[]> buffers) {
            custom(content);
            for (BiConsumer<Map<String, Object>, List<byte[]>> listener : messageListeners) {
                ListenerErrors.guard("a message listener of " + name(), () -> listener.accept(content, buffers));
            }
        }

        @Override
        public void frontEndClosed() {
            synchronized (Widget.this) {
                open = false;
            }
            OPEN.remove(id);
        }
    }
}
