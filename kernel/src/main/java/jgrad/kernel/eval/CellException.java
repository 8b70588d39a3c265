package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import jdk.jshell.EvalException;

/** An exception thrown by user code in a cell, with its user-only trace already formatted. */
public final class CellException extends Exception {
    private final String exceptionName;
    private final List<String> lines;

    /**
     * @param thrown the exception as user code threw it (raw JShell frames), or JShell's translated
     *               {@code e} when that is not at hand
     */
    CellException(EvalException e, Throwable thrown, SnippetOrigins origins) {
        super(StackTraces.rewrite(e.getMessage(), origins));
        this.exceptionName = StackTraces.className(e.getExceptionClassName());
        List<String> out = new ArrayList<>();
        out.add(exceptionName + (getMessage() == null ? "" : ": " + getMessage()));
        out.addAll(StackTraces.userFrames(thrown.getStackTrace(), origins));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(thrown);
        for (Throwable cause = thrown.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            String name = StackTraces.className(
                    cause instanceof EvalException ee ? ee.getExceptionClassName() : cause.getClass().getName());
            String message = StackTraces.rewrite(cause.getMessage(), origins);
            out.add("Caused by: " + name + (message == null ? "" : ": " + message));
            out.addAll(StackTraces.userFrames(cause.getStackTrace(), origins));
        }
        KernelError.hintFor(exceptionName).ifPresent(out::add);
        this.lines = List.copyOf(out);
    }

    public String exceptionName() {
        return exceptionName;
    }

    public List<String> lines() {
        return lines;
    }
}
