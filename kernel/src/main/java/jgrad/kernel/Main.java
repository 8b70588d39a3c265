package jgrad.kernel;

import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import jgrad.kernel.protocol.GuardedConnection;
import jgrad.kernel.config.KernelSettings;
import sun.misc.Signal;

/** Entry point: {@code java -jar jgrad-kernel.jar <connection-file>}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -jar jgrad-kernel.jar <connection-file>");
            System.exit(2);
        }
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        // A kernel thread that ends on an error says so in the kernel's log; it must not vanish silently.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            try {
                java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.SEVERE,
                        "thread " + thread.getName() + " ended", error);
            } catch (Throwable ignored) {
                // nothing left to report it with
            }
        });
        ParentWatch.start(System.getenv("JPY_PARENT_PID"));
        KernelConnectionProperties props = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        GuardedConnection connection = new GuardedConnection(props);
        // JGRAD_* settings: applied before connecting, so a startup script has run before the first cell.
        JGradKernel kernel = new JGradKernel(KernelSettings.from(System.getenv()));
        // interrupt_mode "signal" (and Ctrl-C in a terminal sharing our process group) sends SIGINT:
        // stop the running cell instead of the JVM's default of exiting.
        Signal.handle(new Signal("INT"), signal -> kernel.interrupt());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        // Non-daemon threads a cell started (or a cell ignoring the shutdown) must not outlive it.
        System.exit(0);
    }
}
