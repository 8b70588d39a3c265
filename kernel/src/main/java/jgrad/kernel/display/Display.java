package jgrad.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.UUID;

/**
 * display(...) and updateDisplay(...) for notebook cells (statically imported into every
 * session). The kernel installs the sink that publishes to the current cell.
 */
public final class Display {
    /** Where display data goes; the kernel sets this. */
    public interface Sink {
        void display(DisplayData data);

        void update(String id, DisplayData data);
    }

    private static volatile Sink sink;

    private Display() {
    }

    public static void install(Sink s) {
        sink = s;
    }

    /** Shows an object below the cell; returns a handle to replace it with {@link #updateDisplay}. */
    public static DisplayHandle display(Object value) {
        DisplayData data = Renderers.render(value);
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        Sink s = sink;
        if (s == null) {
            System.out.println(String.valueOf(value));
        } else {
            s.display(data);
        }
        return new DisplayHandle(id);
    }

    /** Replaces what an earlier display(...) shows. */
    public static void updateDisplay(DisplayHandle handle, Object value) {
        updateDisplay(handle.id(), value);
    }

    /** Replaces what an earlier display(...) with this id shows. */
    public static void updateDisplay(String id, Object value) {
        DisplayData data = Renderers.render(value);
        Sink s = sink;
        if (s == null) {
            System.out.println(String.valueOf(value));
        } else {
            s.update(id, data);
        }
    }
}
