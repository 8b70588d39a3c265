package jgrad.kernel.magic;

import jgrad.kernel.display.Display;
import jgrad.viz.DisplaySink;

/** Live charts to the notebook: display_data first, then update_display_data with the same id. */
final class KernelDisplaySink implements DisplaySink {
    @Override
    public String show(Object value) {
        return Display.display(value).id();
    }

    @Override
    public void update(String id, Object value) {
        Display.updateDisplay(id, value);
    }
}
