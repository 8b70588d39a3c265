package jgrad.kernel.display;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * A value as text, bounded in time and memory whatever its size: an 8 GB array or a list of a
 * hundred million elements reads as fast as a short one. Arrays and the JDK's collections and maps
 * are written element by element (the first and last few when long, then their size, as NumPy and
 * PyTorch summarise); any text longer than {@link #MAX_CHARS} is cut with a note of its length.
 * Only a user class's own {@code toString()} is called as it is, and its result cut.
 */
public final class ValueText {
    /** Characters of a value's text shown at most. */
    public static final int MAX_CHARS = 100_000;
    /** Collections of more elements than this are summarised. */
    static final int THRESHOLD = 1000;
    static final int EDGE_ITEMS = 3;

    private ValueText() {
    }

    /**
     * {@code value} as a person reads it: arrays like {@code Arrays.deepToString}, collections and maps as
     * their {@code toString()} writes them, summarised when long; a user's {@code toString()} that throws is
     * named instead of propagated.
     */
    public static String of(Object value) {
        try {
            return cut(text(value));
        } catch (RuntimeException | StackOverflowError e) {
            return identity(value) + " [toString() threw " + e.getClass().getName() + "]";
        }
    }

    /**
     * A one-line description that runs no user code and allocates next to nothing: the type and, for
     * arrays, collections, maps and text, the size ("float[400000000]", "ArrayList of 3 elements").
     */
    public static String brief(Object value) {
        if (value == null) {
            return "null";
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            return ArrayText.typeWithLength(value);
        }
        if (value instanceof String s) {
            return "String of " + s.length() + " characters";
        }
        if (isJdkType(type) && value instanceof Collection<?> c) {
            return type.getSimpleName() + " of " + c.size() + " elements";
        }
        if (isJdkType(type) && value instanceof Map<?, ?> m) {
            return type.getSimpleName() + " of " + m.size() + " entries";
        }
        return typeName(type);
    }

    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            return ArrayText.format(value);
        }
        if (value instanceof CharSequence cs) {
            return cs.length() > MAX_CHARS ? cs.subSequence(0, MAX_CHARS).toString() + more(cs.length(), "characters")
                    : cs.toString();
        }
        if (type.isSynthetic() && type.getInterfaces().length > 0) {
            return "lambda implementing " + type.getInterfaces()[0].getName();
        }
        if (isJdkType(type) && value instanceof Collection<?> c) {
            return collection(c);
        }
        if (isJdkType(type) && value instanceof Map<?, ?> m) {
            return map(m);
        }
        if (declaresNoToString(type)) { // Object's own: the class as the user named it, not JShell's wrapper
            return identity(value);
        }
        return String.valueOf(value);
    }

    private static boolean declaresNoToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() == Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The JDK's own collections print their elements; a user's subclass may print what it likes. */
    private static boolean isJdkType(Class<?> type) {
        try {
            String declaring = type.getMethod("toString").getDeclaringClass().getName();
            return declaring.startsWith("java.") || declaring.startsWith("jdk.");
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String collection(Collection<?> c) {
        int n = c.size();
        StringBuilder sb = new StringBuilder("[");
        if (n <= THRESHOLD) {
            appendAll(sb, c.iterator(), c);
            return sb.append(']').toString();
        }
        Iterator<?> it = c.iterator();
        for (int i = 0; i < EDGE_ITEMS && it.hasNext(); i++) {
            append(sb, it.next(), c).append(", ");
        }
        sb.append("...");
        if (c instanceof List<?> list) { // the last items without walking the whole list
            ListIterator<?> back = list.listIterator(n);
            String[] last = new String[EDGE_ITEMS];
            for (int i = EDGE_ITEMS - 1; i >= 0 && back.hasPrevious(); i--) {
                Object e = back.previous();
                last[i] = e == c ? "(this Collection)" : element(e);
            }
            for (String s : last) {
                sb.append(", ").append(s);
            }
        }
        return sb.append("] (").append(c.getClass().getSimpleName()).append(" of ").append(n).append(" elements)")
                .toString();
    }

    private static void appendAll(StringBuilder sb, Iterator<?> it, Collection<?> self) {
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            append(sb, it.next(), self);
            if (sb.length() > MAX_CHARS) {
                sb.append(", ...");
                return;
            }
        }
    }

    private static StringBuilder append(StringBuilder sb, Object e, Object self) {
        return sb.append(e == self ? "(this Collection)" : element(e));
    }

    private static String map(Map<?, ?> m) {
        int n = m.size();
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (i > 0) {
                sb.append(", ");
            }
            if ((n > THRESHOLD && i == EDGE_ITEMS) || sb.length() > MAX_CHARS) {
                sb.append("...");
                break;
            }
            sb.append(e.getKey() == m ? "(this Map)" : element(e.getKey())).append('=')
                    .append(e.getValue() == m ? "(this Map)" : element(e.getValue()));
            i++;
        }
        sb.append('}');
        return n > THRESHOLD ? sb.append(" (").append(m.getClass().getSimpleName()).append(" of ").append(n)
                .append(" entries)").toString() : sb.toString();
    }

    /** An element inside a collection: bounded like a value, with a smaller budget. */
    private static String element(Object e) {
        String s = text(e);
        return s.length() > MAX_CHARS / 10 ? s.substring(0, MAX_CHARS / 10) + "..." : s;
    }

    private static String cut(String s) {
        // room for the note that text() already appended to long text
        return s.length() > MAX_CHARS + 100 ? s.substring(0, MAX_CHARS) + more(s.length(), "characters") : s;
    }

    private static String more(long total, String unit) {
        return "... [" + total + " " + unit + " in all; the first " + MAX_CHARS + " shown]";
    }

    static String identity(Object value) {
        return typeName(value.getClass()) + "@" + Integer.toHexString(System.identityHashCode(value));
    }

    /**
     * A class as the user wrote it: "Point" for a class a cell declared (not JShell's "REPL.$JShell$12$Point"),
     * "anonymous Object" for an anonymous class.
     */
    public static String typeName(Class<?> type) {
        // JShell compiles a cell's anonymous classes as named ones: $JShell$anonymous$$0
        if (type.isAnonymousClass() || type.getSimpleName().startsWith("$JShell$anonymous")) {
            Class<?>[] interfaces = type.getInterfaces();
            return "anonymous " + (interfaces.length > 0 ? interfaces[0] : type.getSuperclass()).getSimpleName();
        }
        return type.getName().startsWith("REPL.") ? type.getSimpleName() : type.getName();
    }
}
