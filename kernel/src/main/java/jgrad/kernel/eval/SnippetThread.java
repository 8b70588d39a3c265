package jgrad.kernel.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.UnaryOperator;
import jgrad.kernel.display.ValueText;

/**
 * What JShell's local engine runs on its snippet thread: one task at a time, handed over through
 * {@link #METHOD} (the engine only runs static no-argument methods). The task runs on a thread of a
 * {@link CellThreadGroup}, so that threads the cell starts report their uncaught errors instead of
 * losing them in JShell's group (which drops everything but a stop); it is a child of JShell's group,
 * so an interrupt still reaches every one of them. The snippet thread waits for it even when
 * interrupted: a cell has ended only when its code has.
 */
final class SnippetThread {
    /** {@link #run()}, as the engine invokes it. */
    static final Method METHOD;

    static {
        try {
            METHOD = SnippetThread.class.getDeclaredMethod("run");
            METHOD.setAccessible(true); // invoked from the jdk.jshell module
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static volatile Task task;
    private static volatile UnaryOperator<String> frameNames = UnaryOperator.identity();

    private SnippetThread() {
    }

    /**
     * Sets the task that the next {@link #METHOD} invocation runs (from the shell thread, one at a time);
     * {@code frames} names the cell lines of JShell frames in what its threads report.
     */
    static void hand(Task next, UnaryOperator<String> frames) {
        frameNames = frames;
        task = next;
    }

    /** What the last task returned, once (see {@link #takeResult}). */
    private static volatile Object result;

    /** The object the last task returned; cleared, so the kernel does not keep the user's objects alive. */
    static Object takeResult() {
        Object r = result;
        result = null;
        return r;
    }

    /**
     * The invoked method: throws what the task throws, as if the snippet thread had run it; returns JShell a
     * short description of the task's value (JShell would build the text of the whole value on the shell
     * thread, e.g. of a 400-million-element array), and keeps the value for {@link #takeResult}.
     */
    private static Object run() throws Throwable {
        Task t = task;
        task = null;
        Object[] value = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread worker = new Thread(new CellThreadGroup(Thread.currentThread().getThreadGroup(), frameNames), () -> {
            try {
                value[0] = t.call();
            } catch (Throwable e) {
                if (e instanceof OutOfMemoryError) {
                    MemoryReserve.release(); // room to report it
                }
                thrown[0] = e;
            }
        }, Thread.currentThread().getName());
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // a stop: the stopper keeps stopping the worker until it ends
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thrown[0] != null) {
            throw thrown[0];
        }
        result = value[0];
        return new Described(ValueText.brief(value[0]));
    }

    /** A value's description: JShell writes it with toString(). */
    private record Described(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A snippet's wrapper method as a task: what it throws unwrapped, as when the engine calls it itself. */
    static Task calling(Method doit) {
        return () -> {
            try {
                return doit.invoke(null);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    /** Code to run as a cell's code: a snippet, or the kernel showing a cell's value. */
    @FunctionalInterface
    interface Task {
        Object call() throws Throwable;
    }
}
