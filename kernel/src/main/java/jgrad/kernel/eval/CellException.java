package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.EvalException;

/** An exception thrown by user code in a cell, with its user-only trace already formatted. */
public final class CellException extends Exception {
    private final String exceptionName;
    private final List<String> lines;

    CellException(EvalException e) {
        super(e.getMessage());
        this.exceptionName = e.getExceptionClassName();
        List<String> out = new ArrayList<>();
        out.add(exceptionName + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        out.addAll(StackTraces.userFrames(e.getStackTrace()));
        Throwable cause = e.getCause();
        while (cause != null) {
            String name = cause instanceof EvalException ee ? ee.getExceptionClassName() : cause.getClass().getName();
            out.add("Caused by: " + name + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            out.addAll(StackTraces.userFrames(cause.getStackTrace()));
            cause = cause.getCause();
        }
        this.lines = List.copyOf(out);
    }

    public String exceptionName() {
        return exceptionName;
    }

    public List<String> lines() {
        return lines;
    }
}
