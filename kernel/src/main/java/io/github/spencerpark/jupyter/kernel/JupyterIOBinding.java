package io.github.spencerpark.jupyter.kernel;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;

/**
 * basekernel keeps {@link JupyterIO#setEnv} package-private to its own execute handler; jgrad
 * replaces that handler (real exception names, history, payloads), so it binds the IO here.
 */
public final class JupyterIOBinding {
    private JupyterIOBinding() {
    }

    /** Routes stdout/stderr/stdin/display of {@code io} to the request being handled in {@code env}. */
    public static void attach(JupyterIO io, ShellReplyEnvironment env, boolean stdinEnabled) {
        io.setEnv(env);
        io.setJupyterInEnabled(stdinEnabled);
    }

    /**
     * At the end of a cell: stdout/stderr stay routed to it, so that lines a background thread prints
     * before the next cell starts still reach a cell (with no env attached basekernel drops them), but
     * input requests are refused, since no client waits on that cell any more.
     */
    public static void keepOutputOnly(JupyterIO io) {
        io.setJupyterInEnabled(false);
    }
}
