package jgrad.kernel.eval;

import java.lang.reflect.Type;

/**
 * Whether a variable's value still fits its declaration after JShell recompiled it. The declared type
 * is the same text, but a class it names may be a new class now (a redefined {@code class Foo}), and an
 * instance of the old one is not an instance of the new one.
 */
final class ValueFit {
    private ValueFit() {
    }

    /**
     * True if {@code value}, held by a field of type {@code before}, may be stored in a field of type
     * {@code after}: the same type (primitives: the same primitive type), or a plain class the value is an
     * instance of. A generic type that changed is refused even if its raw class holds the value: its type
     * arguments may name a class that was replaced, and the elements would be of the old one.
     */
    static boolean fits(Type before, Type after, Object value) {
        if (after.equals(before)) {
            return true;
        }
        if (!(after instanceof Class<?> type) || type.isPrimitive()) {
            return false;
        }
        return value == null || type.isInstance(value);
    }

    /** True if {@code value}, read from a field of type {@code type}, is that type's initial value (null, 0, false). */
    static boolean isInitial(Class<?> type, Object value) {
        if (!type.isPrimitive()) {
            return value == null;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof Character c) {
            return c == 0;
        }
        // -0.0 is not the initial value: compare bits, not numbers
        if (value instanceof Double d) {
            return Double.doubleToRawLongBits(d) == 0;
        }
        if (value instanceof Float f) {
            return Float.floatToRawIntBits(f) == 0;
        }
        return value instanceof Number n && n.longValue() == 0;
    }
}
