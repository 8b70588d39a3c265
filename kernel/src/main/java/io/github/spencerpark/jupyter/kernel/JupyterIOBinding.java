package io.github.spencerpark.jupyter.kernel;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;

/**
 * basekernel keeps {@link JupyterIO#setEnv} package-private to its own execute handler; jgrad
 * replaces that handler (real exception names, history, payloads), so it binds the IO here. Of the
 * IO only stdin is used: stdout, stderr and display go through jgrad's own publisher.
 */
public final class JupyterIOBinding {
    private JupyterIOBinding() {
    }

    /** Routes input requests of {@code io} to the request being handled in {@code env}. */
    public static void attach(JupyterIO io, ShellReplyEnvironment env, boolean stdinEnabled) {
        io.setEnv(env);
        io.setJupyterInEnabled(stdinEnabled);
    }

    /** At the end of a cell: input requests are refused, since no client waits on that cell any more. */
    public static void refuseInput(JupyterIO io) {
        io.setJupyterInEnabled(false);
    }
}
