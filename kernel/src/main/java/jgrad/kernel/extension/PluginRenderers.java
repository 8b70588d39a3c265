package jgrad.kernel.extension;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import jgrad.kernel.display.Renderers;
import jgrad.kernel.spi.Renderer;

/** Registers a plug-in's {@link Renderer}: what it returns is rendered as display(...) would, then merged in. */
final class PluginRenderers {
    private PluginRenderers() {
    }

    static <T> void register(Class<T> type, Renderer<? super T> renderer, String owner) {
        if (type == null || renderer == null) {
            throw new IllegalArgumentException(owner + " added a renderer with a null " + (type == null ? "type" : "renderer"));
        }
        Renderers.register(type, (value, data) -> merge(value, data, renderer, owner));
    }

    private static <T> void merge(T value, DisplayData data, Renderer<? super T> renderer, String owner) {
        Object shown;
        try {
            shown = renderer.render(value);
        } catch (ThreadDeath stop) {
            throw stop; // an interrupt stopping the cell
        } catch (Exception | Error e) { // out of memory or a stack overflow too
            // The value is still shown as text/plain; say which plug-in failed and why.
            System.err.println("renderer of " + owner + " for " + value.getClass().getName() + " threw "
                    + e.getClass().getName() + ": " + e.getMessage() + "; showing text only");
            return;
        }
        if (shown == null || shown == value) {
            return;
        }
        Object plain = data.getData(MIMEType.TEXT_PLAIN);
        data.assign(Renderers.render(shown));
        if (!(shown instanceof CharSequence)) {
            data.putData(MIMEType.TEXT_PLAIN, plain); // the value's own toString(), not its view's
        }
    }
}
