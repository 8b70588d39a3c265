package jgrad.widgets;

import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jgrad.kernel.widgets.WidgetKernel;

/** A kernel for widget unit tests: the comms in a real CommManager, what would go to iopub in a list. */
final class RecordingKernel {
    final CommManager comms = new CommManager();
    final List<Message<?>> sent = new CopyOnWriteArrayList<>();

    RecordingKernel() {
        WidgetKernel.connect(comms, sent::add);
    }
}
