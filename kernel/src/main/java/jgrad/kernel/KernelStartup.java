package jgrad.kernel;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jgrad.kernel.config.KernelSettings;
import jgrad.kernel.config.StartupScript;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.KernelError;
import jgrad.kernel.magic.MagicRunner;

/**
 * Applies the settings to a new kernel before it connects: the extra class path, then the startup
 * scripts (which may use magics, e.g. %maven). What they print, what failed and every settings
 * problem is kept until the first cell, which shows it: nothing is lost in the kernel's log.
 */
final class KernelStartup {
    private final String out;
    private final String err;
    private boolean shown;

    private KernelStartup(String out, String err) {
        this.out = out;
        this.err = err;
    }

    static KernelStartup run(KernelSettings settings, CodeEvaluator evaluator, MagicRunner magics) {
        for (Path p : settings.classpath()) {
            evaluator.addToClasspath(p.toString());
        }
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream capturedOut = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream capturedErr = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        for (String problem : settings.problems()) {
            capturedErr.println("jgrad: " + problem);
        }
        PrintStream kernelOut = System.out;
        PrintStream kernelErr = System.err;
        System.setOut(capturedOut);
        System.setErr(capturedErr);
        try {
            for (StartupScript script : settings.startupScripts()) {
                try {
                    evaluator.beginCell(0, script.code());
                    magics.run(script.code(), evaluator);
                } catch (Exception | Error e) { // out of memory too: the kernel still starts
                    capturedErr.println("jgrad: the startup script " + script.name() + " failed; the kernel runs without"
                            + " the rest of it:");
                    Exception failure = e instanceof Exception ex ? ex : new KernelError(e);
                    ErrorFormatter.format(failure, null, evaluator::cellFrames).forEach(capturedErr::println);
                }
            }
        } finally {
            System.setOut(kernelOut);
            System.setErr(kernelErr);
        }
        String err = errBytes.toString(StandardCharsets.UTF_8);
        kernelErr.print(err); // also in the kernel's log, for whoever reads it before a cell runs
        return new KernelStartup(outBytes.toString(StandardCharsets.UTF_8), err);
    }

    /** Prints what startup printed into the cell that runs now, once. */
    void showOnce() {
        if (shown) {
            return;
        }
        shown = true;
        System.out.print(out);
        System.out.flush();
        System.err.print(err);
        System.err.flush();
    }
}
