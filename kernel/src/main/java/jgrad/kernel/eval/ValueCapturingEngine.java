package jgrad.kernel.eval;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import jdk.jshell.JShell;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import jgrad.kernel.display.ValueStash;
import jgrad.kernel.display.ValueText;

/**
 * JShell's "local" execution engine (cells run in this JVM), which also remembers the wrapper class
 * of the snippet that ran last, so the kernel can read the value object of an expression directly
 * instead of compiling a second lookup snippet per cell, and the exception it threw with its frames
 * untranslated, so the kernel can map them to cell lines itself. A snippet of a cell that has been
 * interrupted does not start at all. Snippets, and the kernel's showing of their values, run through
 * {@link SnippetThread}; JShell gets short descriptions of values, never their full text. It also tells
 * which static field holds a variable's value, so the kernel can carry values across JShell's
 * recompiles ({@link KeptVariables}).
 */
final class ValueCapturingEngine implements ExecutionControlProvider {
    private final BooleanSupplier stopRequested;
    private final UnaryOperator<String> frameNames;
    private final AtomicReference<Runnable> beforeNextRun = new AtomicReference<>();
    private volatile boolean declaringOnly;
    private volatile Control control;

    /** {@code frameNames} names the cell lines of JShell frames in what a cell's threads report. */
    ValueCapturingEngine(BooleanSupplier stopRequested, UnaryOperator<String> frameNames) {
        this.stopRequested = stopRequested;
        this.frameNames = frameNames;
    }

    @Override
    public String name() {
        return "jgrad-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new Control(stopRequested, () -> declaringOnly, frameNames, beforeNextRun);
        return control;
    }

    /**
     * Runs {@code action} once, on the evaluating thread, just before the next snippet starts to run (one that
     * compiled); null drops an action that has not run.
     */
    void beforeNextRun(Runnable action) {
        beforeNextRun.set(action);
    }

    /**
     * Calls {@code evals} (JShell evals) with their snippets compiled and loaded but not run: a declaration made
     * again leaves its variable's field as its wrapper class holds it ({@link RejectedDeclarations}).
     */
    <T> T declareOnly(Supplier<T> evals) {
        declaringOnly = true;
        try {
            return evals.get();
        } finally {
            declaringOnly = false;
        }
    }

    /** The object held by the static field {@code name} of the last snippet's wrapper class ($N temporaries). */
    Optional<Object> lastField(String name) {
        Control c = control;
        return c == null ? Optional.empty() : c.read(name, false);
    }

    /**
     * The exception the last snippet threw, as thrown (its frames name JShell's wrapper classes and lines),
     * once; empty if it threw none.
     */
    Optional<Throwable> takeThrown() {
        Control c = control;
        return c == null ? Optional.empty() : c.takeThrown();
    }

    /**
     * Runs {@code task} as a cell's code: on a snippet thread, so that an interrupt stops it and the threads it
     * starts report their errors. Throws what the task throws; {@link ExecutionControl.StoppedException} when
     * it was stopped.
     */
    Object runAsCellCode(SnippetThread.Task task) throws Throwable {
        Control c = control;
        if (c == null) {
            return task.call();
        }
        return c.call(task);
    }

    /** The value the last snippet's body returns, for snippets whose body only reads a variable. */
    Optional<Object> rereadLast() {
        Control c = control;
        return c == null ? Optional.empty() : c.read("do_it$", true);
    }

    /**
     * The static field of the wrapper class that holds the variable's value now; empty unless its status
     * is VALID. JShell asks the engine for a variable's value by wrapper class and field name
     * ({@link JShell#varValue}), which is how the kernel learns them without JShell's internals.
     */
    Optional<Field> fieldOf(JShell shell, VarSnippet variable) {
        Control c = control;
        return c == null ? Optional.empty() : c.locate(() -> shell.varValue(variable));
    }

    private static final class Control extends LocalExecutionControl {
        private final BooleanSupplier stopRequested;
        private final BooleanSupplier declaringOnly;
        private final UnaryOperator<String> frameNames;
        private final AtomicReference<Runnable> beforeNextRun;
        private volatile String lastClass;
        private volatile Throwable thrown;
        /** The thread asking {@link #locate}, whose varValue call is only noted; the place it asked for. */
        private volatile Thread locating;
        private String[] located;

        Control(BooleanSupplier stopRequested, BooleanSupplier declaringOnly, UnaryOperator<String> frameNames,
                AtomicReference<Runnable> beforeNextRun) {
            this.stopRequested = stopRequested;
            this.declaringOnly = declaringOnly;
            this.frameNames = frameNames;
            this.beforeNextRun = beforeNextRun;
        }

        @Override
        public String invoke(String className, String methodName)
                throws RunException, InternalException, EngineTerminationException {
            if (declaringOnly.getAsBoolean()) {
                return ""; // declared again, not run: an interrupted cell's declarations are restored too
            }
            if (stopRequested.getAsBoolean()) {
                throw new StoppedException(); // JShell reports it as it reports a snippet stopped while running
            }
            Runnable before = beforeNextRun.getAndSet(null);
            if (before != null) {
                before.run();
            }
            lastClass = className;
            thrown = null;
            return super.invoke(className, methodName);
        }

        /**
         * Runs the snippet through {@link SnippetThread}: JShell gets a short description of its value (see
         * there); the kernel shows values itself, bounded, and never reads JShell's text.
         */
        @Override
        protected String invoke(Method doit) throws Exception {
            SnippetThread.hand(SnippetThread.calling(doit), frameNames);
            try {
                return super.invoke(SnippetThread.METHOD);
            } finally {
                SnippetThread.takeResult(); // read from the wrapper class when needed
            }
        }

        /**
         * Runs {@code task} as a cell's code (on a snippet thread that an interrupt stops); returns what it
         * returns, throws what it throws; a stop throws {@link StoppedException}.
         */
        Object call(SnippetThread.Task task) throws Throwable {
            SnippetThread.hand(task, frameNames);
            clientCodeEnter();
            try {
                super.invoke(SnippetThread.METHOD);
                return SnippetThread.takeResult();
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            } finally {
                clientCodeLeave();
            }
        }

        @Override
        protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
            thrown = cause;
            return super.throwConvertedInvocationException(cause);
        }

        /** Where a variable lives, for {@link #locate}; else a short description of its value (never its full text). */
        @Override
        public String varValue(String className, String varName)
                throws RunException, EngineTerminationException, InternalException {
            if (locating == Thread.currentThread()) {
                located = new String[] {className, varName}; // no toString() of the value: only where it is
                return "";
            }
            try { // a short description, as for invoke(Method): never the text of a whole value
                Field f = findClass(className).getDeclaredField(varName);
                f.setAccessible(true);
                return ValueText.brief(f.get(null));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                throw new InternalException(e.toString());
            }
        }

        synchronized Optional<Field> locate(Runnable askValue) {
            located = null;
            locating = Thread.currentThread();
            try {
                askValue.run();
            } catch (IllegalArgumentException | IllegalStateException notValid) {
                return Optional.empty();
            } finally {
                locating = null;
            }
            String[] where = located;
            located = null;
            if (where == null) {
                return Optional.empty();
            }
            try {
                Field f = findClass(where[0]).getField(where[1]);
                f.setAccessible(true); // the wrapper class is package-private
                return Optional.of(f);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }

        Optional<Throwable> takeThrown() {
            Throwable t = thrown;
            thrown = null; // do not keep the user's objects alive
            return Optional.ofNullable(t);
        }

        /** Empty when the member is missing or unreadable; a present null is {@link ValueStash#NULL}. */
        Optional<Object> read(String member, boolean invoke) {
            String cls = lastClass;
            if (cls == null) {
                return Optional.empty();
            }
            try {
                // JShell's wrapper classes are package-private: their public members need setAccessible too.
                Class<?> wrapper = findClass(cls);
                Object value;
                if (invoke) {
                    Method m = wrapper.getDeclaredMethod(member);
                    m.setAccessible(true);
                    value = m.invoke(null);
                } else {
                    Field f = wrapper.getField(member);
                    f.setAccessible(true);
                    value = f.get(null);
                }
                return Optional.of(value == null ? ValueStash.NULL : value);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return Optional.empty();
            }
        }
    }
}
