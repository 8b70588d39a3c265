package jgrad.kernel.display;

/** Hands the object of a cell's trailing expression from JShell code to the kernel. */
public final class ValueStash {
    /** Marker for a trailing expression whose value is null. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    private static Object value;

    private ValueStash() {
    }

    public static synchronized void set(Object v) {
        value = v;
    }

    public static synchronized Object take() {
        Object v = value;
        value = null;
        return v;
    }

    public static synchronized void clear() {
        value = null;
    }
}
