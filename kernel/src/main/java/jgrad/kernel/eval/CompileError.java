package jgrad.kernel.eval;

/**
 * One javac error as the hints read it: javac's code for it ({@code compiler.err.expected}), its message, the
 * source line it is on, and the part of that line it points at ({@code spanStart} to {@code spanEnd}).
 */
record CompileError(String code, String message, String line, int spanStart, int spanEnd) {
    /** Marks the part of a line that javac points at, in a hint's code pattern. */
    static final char OPEN = '«', CLOSE = '»';

    CompileError {
        spanStart = Math.max(0, Math.min(spanStart, line.length()));
        spanEnd = Math.max(spanStart, Math.min(spanEnd, line.length()));
    }

    /** The line with the part javac points at between « and »: {@code «model»(x)}. */
    String markedLine() {
        return line.substring(0, spanStart) + OPEN + line.substring(spanStart, spanEnd) + CLOSE + line.substring(spanEnd);
    }
}
