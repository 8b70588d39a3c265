package jgrad.kernel.widgets;

import java.util.List;
import java.util.Map;

/** The kernel's side of one widget model, as the protocol sees it. Its methods run on the widget event thread. */
public interface WidgetPeer {
    /** The model's _model_name, _model_module and _model_module_version, for update_states. */
    String modelName();

    /** See {@link #modelName()}. */
    String modelModule();

    /** See {@link #modelName()}. */
    String modelModuleVersion();

    /** The full state as wire values (see {@link StateCodec}): other widgets as "IPY_MODEL_" references. */
    Map<String, Object> wireState();

    /** True if {@code key} is one of the model's synced state keys (only those are echoed and applied). */
    boolean syncs(String key);

    /** The front end changed these keys (values as {@link StateCodec#decode} gives them). */
    void frontEndUpdate(Map<String, Object> state);

    /** A custom message from the front end (a Button's {"event": "click"}). */
    void frontEndCustom(Map<String, Object> content, List<byte[]> buffers);

    /** The front end closed the comm: the widget is gone there. */
    void frontEndClosed();
}
