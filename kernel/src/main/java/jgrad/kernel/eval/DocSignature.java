package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A signature as JShell's documentation lookup writes it, taken apart far enough to find its declaration
 * in a source file: {@code jgrad.autograd.Tensor} (a type), {@code Chart Plots.curves(String title, ...)}
 * (a method), {@code Linear(int inFeatures, int outFeatures)} (a constructor), {@code Tensor.x:float}
 * (a field), {@code DType.FLOAT32} (an enum constant). Newer JDKs write a record type with its
 * components, also where it owns a member: {@code int Batch(Tensor inputs, Tensor targets).size()}.
 *
 * @param owner  the type as written: simple, nested ({@code Outer.Inner}) or qualified
 * @param member the method, field or constant name, {@value #CONSTRUCTOR} for a constructor, empty for the
 *               type itself
 * @param callable true for a method or constructor (a field may share a method's name)
 * @param params   a method's or constructor's parameters; empty for a field or a type
 */
record DocSignature(String owner, String member, boolean callable, List<Param> params) {
    static final String CONSTRUCTOR = "<init>";

    /** One parameter: its type as written and its name (empty when the signature has no names). */
    record Param(String type, String name) {
    }

    static Optional<DocSignature> parse(String signature) {
        String s = signature.strip();
        int open = lastGroupStart(s);
        if (open < 0) {
            int colon = indexAtDepthZero(s, ':');
            String head = stripTypeParameters(colon < 0 ? s : s.substring(0, colon)).strip();
            if (head.isEmpty() || head.contains(" ")) {
                return Optional.empty();
            }
            int dot = head.lastIndexOf('.');
            if (colon < 0 && (dot < 0 || isPackage(head.substring(0, dot)))) {
                return Optional.of(new DocSignature(head, "", false, List.of()));
            }
            return dot < 0 ? Optional.empty()
                    : Optional.of(new DocSignature(head.substring(0, dot), head.substring(dot + 1), false, List.of()));
        }
        int close = matchingParen(s, open);
        if (close < 0) {
            return Optional.empty();
        }
        List<Param> params = params(s.substring(open + 1, close));
        String[] head = stripTypeParameters(withoutGroups(s.substring(0, open))).strip().split("\\s+");
        String name = head[head.length - 1];
        if (name.isEmpty()) {
            return Optional.empty();
        }
        boolean hasReturnType = head.length > 1; // a constructor's type parameters went with the stripping
        int dot = name.lastIndexOf('.');
        if (!hasReturnType || dot < 0) {
            return Optional.of(new DocSignature(name, CONSTRUCTOR, true, params));
        }
        return Optional.of(new DocSignature(name.substring(0, dot), name.substring(dot + 1), true, params));
    }

    /** The leading dot-separated parts of a name that are a package (lower-case first letter). */
    static String packageOf(String name) {
        StringBuilder pkg = new StringBuilder();
        for (String part : name.split("\\.")) {
            if (part.isEmpty() || !Character.isLowerCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    /** A type as written, reduced to what a source file and a signature both say: no type arguments, no packages. */
    static String simpleType(String type) {
        String t = stripTypeParameters(type).replace("...", "[]").replaceAll("@\\w+(\\.\\w+)*\\s*", "").replaceAll("\\s+", "");
        StringBuilder out = new StringBuilder();
        for (String part : t.split("(?=\\[)", 2)) {
            out.append(part.startsWith("[") ? part : part.substring(part.lastIndexOf('.') + 1));
        }
        return out.toString();
    }

    private static boolean isPackage(String name) {
        return packageOf(name).equals(name);
    }

    private static List<Param> params(String list) {
        List<Param> out = new ArrayList<>();
        if (list.isBlank()) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String p = list.substring(start, i).strip();
                int space = lastIndexAtDepthZero(p, ' ');
                out.add(space < 0 ? new Param(p, "") : new Param(p.substring(0, space).strip(), p.substring(space + 1)));
                start = i + 1;
            }
        }
        return out;
    }

    private static String stripTypeParameters(String s) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Where the last top-level parenthesised group starts (a member's parameters), or -1. */
    private static int lastGroupStart(String s) {
        int depth = 0;
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' && depth++ == 0) {
                start = i;
            } else if (c == ')') {
                depth--;
            }
        }
        return start;
    }

    /** s without its parenthesised groups: a record owner's components. */
    private static String withoutGroups(String s) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexAtDepthZero(String s, char wanted) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == wanted && depth == 0) {
                return i;
            }
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        }
        return -1;
    }

    private static int lastIndexAtDepthZero(String s, char wanted) {
        int depth = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == wanted && depth == 0) {
                return i;
            }
            depth += c == '>' ? 1 : c == '<' ? -1 : 0;
        }
        return -1;
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
