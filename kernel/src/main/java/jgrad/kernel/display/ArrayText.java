package jgrad.kernel.display;

import java.lang.reflect.Array;

/**
 * Java arrays as a person reads them, like {@code Arrays.toString} / {@code deepToString}
 * ({@code [2, 3]}, {@code [[1, 2], [3, 4]]}) instead of {@code [I@189ffcfe}. Arrays of more than
 * {@link #THRESHOLD} elements in all are summarised as NumPy and PyTorch do: the first and last
 * {@link #EDGE_ITEMS} of each dimension around "...", followed by the length.
 */
final class ArrayText {
    static final int THRESHOLD = 1000;
    static final int EDGE_ITEMS = 3;

    private ArrayText() {
    }

    static String format(Object array) {
        boolean summarize = count(array, THRESHOLD + 1) > THRESHOLD;
        StringBuilder sb = new StringBuilder();
        append(sb, array, summarize);
        if (summarize) {
            sb.append(" (").append(typeWithLength(array)).append(')');
        }
        return sb.toString();
    }

    /** "float[400000000]", "int[3][]": the element type and the outer length, without reading an element. */
    static String typeWithLength(Object array) {
        Class<?> component = array.getClass().getComponentType();
        String dims = "";
        while (component.isArray()) {
            dims += "[]";
            component = component.getComponentType();
        }
        return component.getSimpleName() + "[" + Array.getLength(array) + "]" + dims;
    }

    /** Elements in all (nested arrays counted through), stopping early once past limit. */
    private static long count(Object array, long limit) {
        int n = Array.getLength(array);
        if (!array.getClass().getComponentType().isArray()) {
            return n;
        }
        long total = 0;
        for (int i = 0; i < n && total <= limit; i++) {
            Object inner = Array.get(array, i);
            total += inner == null ? 1 : count(inner, limit - total);
        }
        return total;
    }

    private static void append(StringBuilder sb, Object array, boolean summarize) {
        int n = Array.getLength(array);
        boolean cut = summarize && n > 2 * EDGE_ITEMS;
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGE_ITEMS) {
                sb.append("..., ");
                i = n - EDGE_ITEMS;
            }
            Object e = Array.get(array, i);
            if (e != null && e.getClass().isArray()) {
                append(sb, e, summarize);
            } else {
                sb.append(ValueText.text(e));
            }
            if (i < n - 1) {
                sb.append(", ");
            }
        }
        sb.append(']');
    }
}
