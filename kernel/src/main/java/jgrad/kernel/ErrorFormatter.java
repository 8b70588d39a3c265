package jgrad.kernel;

import io.github.spencerpark.jupyter.kernel.util.StringStyler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jgrad.kernel.eval.CellException;
import jgrad.kernel.eval.CompilationException;
import jgrad.kernel.eval.KernelError;
import jgrad.kernel.magic.LoadedCodeException;

/** Turns evaluator failures into the traceback lines of a Jupyter error message. */
final class ErrorFormatter {
    private ErrorFormatter() {
    }

    /** The error's ename: the user's exception class, not the kernel's wrapper. */
    static String name(Exception e) {
        if (e instanceof LoadedCodeException le) {
            return name(le.failure());
        }
        if (e instanceof KernelError ke) {
            return ke.errorName();
        }
        return e instanceof CellException ce ? ce.exceptionName() : e.getClass().getSimpleName();
    }

    /**
     * The error's evalue: the exception message, or the compiler's line and message. {@code cellFrames}
     * names the cell lines of JShell frames quoted in it (a magic running a cell's code can fail so).
     */
    static String value(Exception e, UnaryOperator<String> cellFrames) {
        if (e instanceof LoadedCodeException le) {
            return le.where() + ": " + value(le.failure(), cellFrames);
        }
        String message = e instanceof KernelError ke ? ke.errorValue() : e.getMessage();
        return message == null ? "" : cellFrames.apply(message);
    }

    static List<String> format(Exception e, StringStyler styler, UnaryOperator<String> cellFrames) {
        List<String> raw;
        if (e instanceof LoadedCodeException le) { // where the loaded code failed, then how
            raw = new ArrayList<>();
            raw.add("Error " + le.where() + ":");
            raw.addAll(format(le.failure(), null, cellFrames));
        } else if (e instanceof CompilationException ce) {
            raw = ce.lines();
        } else if (e instanceof CellException ce) {
            raw = ce.lines();
        } else if (e instanceof KernelError ke) {
            raw = ke.lines();
        } else {
            raw = List.of(e.getClass().getSimpleName() + ": " + value(e, cellFrames));
        }
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            out.add(styler == null ? line : i == 0 ? styler.primary(line) : styler.secondary(line));
        }
        return out;
    }
}
