package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one rule for what Tab lists after {@code receiver.}: the API first (in JShell's order); then
 * {@code equals} and {@code toString}, which every object has; Object's thread and identity plumbing
 * ({@code wait}, {@code notify}, {@code getClass}, {@code hashCode}) and the members the API marks internal
 * ({@code @hidden} in their javadoc, see {@link ApiCatalog}) only once the user has typed the start of their
 * name, and then last. Nothing becomes impossible to complete; the list just starts with what a notebook needs.
 */
final class CompletionOrder {
    private static final Set<String> AFTER_API = Set.of("equals", "toString");
    private static final Set<String> PLUMBING = Set.of("wait", "notify", "notifyAll", "getClass", "hashCode");

    private CompletionOrder() {
    }

    /**
     * The member suggestions in that order. {@code suggestions} are JShell's continuations ({@code sum(},
     * {@code abs()}, {@code class}); {@code typed} is the part of the name already typed; {@code internal} the
     * receiver type's hidden member names.
     */
    static List<String> arrange(List<String> suggestions, String typed, Set<String> internal) {
        List<String> api = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (String s : suggestions) {
            String name = nameOf(s);
            if (PLUMBING.contains(name) || internal.contains(name)) {
                hidden.add(s);
            } else if (AFTER_API.contains(name)) {
                after.add(s);
            } else {
                api.add(s);
            }
        }
        List<String> out = new ArrayList<>(api);
        out.addAll(after);
        if (!typed.isEmpty()) {
            out.addAll(hidden);
        }
        return out;
    }

    /**
     * Where the receiver of a member access ends before the dot at {@code dot} begins: {@code x} in
     * {@code y = x.}, {@code x.sum(0)} in {@code x.sum(0).}, {@code new Linear(2, 3)}; -1 when there is none
     * to read (a literal, an operator).
     */
    static int receiverStart(String code, int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        int start = -1;
        while (i >= 0) {
            char c = code.charAt(i);
            if (c == ')' || c == ']') {
                i = openingOf(code, i);
                if (i < 0) {
                    return -1;
                }
                start = i;
                i--;
            } else if (c == '"') {
                int open = code.lastIndexOf('"', i - 1);
                if (open < 0) {
                    return -1;
                }
                start = open;
                i = open - 1;
            } else if (Character.isJavaIdentifierPart(c) || c == '.') {
                start = i;
                i--;
            } else {
                break;
            }
        }
        if (start < 0 || code.charAt(start) == '.') {
            return -1;
        }
        int beforeNew = start - 1;
        while (beforeNew >= 0 && Character.isWhitespace(code.charAt(beforeNew))) {
            beforeNew--;
        }
        if (beforeNew >= 2 && beforeNew < start - 1 && code.startsWith("new", beforeNew - 2)
                && (beforeNew < 3 || !Character.isJavaIdentifierPart(code.charAt(beforeNew - 3)))) {
            return beforeNew - 2;
        }
        return start;
    }

    private static int openingOf(String code, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if ((c == '(' || c == '[') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String nameOf(String suggestion) {
        int paren = suggestion.indexOf('(');
        return paren < 0 ? suggestion : suggestion.substring(0, paren);
    }
}
