package jgrad.kernel.magic;

import java.util.Optional;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.CompilationException;

/** Turns a magic's argument (a variable name or a Java expression) into the object it names. */
final class MagicValues {
    private final CodeEvaluator evaluator;

    MagicValues(CodeEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Evaluates expr in the session; a usage error names the argument if it fails or has the wrong type. */
    <T> T get(MagicArgs args, String what, String expr, Class<T> type) throws Exception {
        Object value;
        try {
            value = evaluator.eval(expr);
        } catch (CompilationException e) {
            throw args.error(what + " '" + expr + "' does not compile: " + firstError(e));
        }
        if (!type.isInstance(value)) {
            String got = value == null || value == CodeEvaluator.NO_VALUE ? "no value"
                    : value.getClass().getSimpleName();
            throw args.error(what + " '" + expr + "' must be a " + type.getSimpleName() + ", got " + got);
        }
        return type.cast(value);
    }

    /**
     * The value of {@code expr} in the session, or empty when it does not compile (or has no value); an exception
     * it throws when run propagates.
     */
    Optional<Object> evalIfItCompiles(String expr) throws Exception {
        try {
            Object value = evaluator.eval(expr);
            return value == CodeEvaluator.NO_VALUE ? Optional.empty() : Optional.ofNullable(value);
        } catch (CompilationException e) {
            return Optional.empty();
        }
    }

    private static String firstError(CompilationException e) {
        for (String line : e.lines()) {
            if (line.contains("error")) {
                return line.strip();
            }
        }
        return e.lines().isEmpty() ? "compile error" : e.lines().get(e.lines().size() - 1).strip();
    }
}
