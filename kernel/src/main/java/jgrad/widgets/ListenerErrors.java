package jgrad.widgets;

/**
 * What a failing listener leaves: its error on stderr (in the widget's Output area when the listener runs
 * inside one, else the cell's or the triggering message's stderr), the user's frames first. The widget and
 * the kernel go on.
 */
final class ListenerErrors {
    private static final int MAX_FRAMES = 12;

    private ListenerErrors() {
    }

    static void report(String where, Throwable e) {
        StringBuilder out = new StringBuilder(where).append(" threw ").append(e).append('\n');
        int shown = 0;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("jgrad.widgets.") || shown == MAX_FRAMES) {
                break; // below this is the widget machinery, not the user's code
            }
            out.append("\tat ").append(frame).append('\n');
            shown++;
        }
        System.err.print(out);
        System.err.flush();
    }

    /** Runs a listener: its error is reported, not thrown. */
    static void guard(String where, Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            report(where, e);
        }
    }
}
