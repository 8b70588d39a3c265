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

    public static void detach(JupyterIO io, ShellReplyEnvironment env) {
        io.retractEnv(env);
    }
}
