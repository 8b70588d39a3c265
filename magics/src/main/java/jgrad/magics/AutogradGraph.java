package jgrad.magics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/**
 * The autograd graph behind a tensor as plain nodes and edges, ready for layout: op nodes (a
 * backward function with the shape, value summary and, if retained, grad norm of the tensor it
 * produced) and leaf tensor nodes (named parameters, other leaves, constants), edges in the
 * forward direction. Built with an explicit work list, so very
 * deep graphs do not overflow the stack. With a depth limit, ops more than {@code depth} steps
 * above the output are folded into one "more" node per cut edge.
 */
public final class AutogradGraph {
    /** What a node stands for; decides its colour. */
    public enum Kind { OUTPUT, OP, PARAMETER, LEAF, CONSTANT, MORE }

    public record Node(int id, Kind kind, List<String> lines) {
    }

    public record Edge(int from, int to) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    private AutogradGraph() {
    }

    /**
     * @param names  parameter names by tensor identity (e.g. a Module's namedParameters), may be empty
     * @param depth  how many op levels to show above the output; Integer.MAX_VALUE for all
     */
    public static AutogradGraph of(Tensor output, Map<String, Tensor> names, int depth) {
        if (output == null) {
            throw new IllegalArgumentException("graph: the tensor is null");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("graph: depth must be at least 1, got " + depth);
        }
        Map<Tensor, String> nameOf = new IdentityHashMap<>();
        names.forEach((n, t) -> nameOf.put(t, n));
        AutogradGraph g = new AutogradGraph();
        if (output.gradFn() == null) {
            g.add(Kind.OUTPUT, tensorLines("output (a leaf: no graph)", output));
            return g;
        }
        // An op node stands for a backward function and the tensor it produced; leaves get their own nodes.
        Map<Object, Integer> ids = new IdentityHashMap<>();
        Map<Tensor, Integer> level = new IdentityHashMap<>();
        Deque<Tensor> work = new ArrayDeque<>();
        ids.put(output.gradFn(), g.add(Kind.OUTPUT, opLines("output: ", output)));
        level.put(output, 0);
        work.push(output);
        while (!work.isEmpty()) {
            Tensor t = work.pop();
            int node = ids.get(t.gradFn());
            int lvl = level.get(t);
            for (Tensor in : t.gradFn().inputs()) {
                Object key = in.gradFn() == null ? in : in.gradFn();
                Integer id = ids.get(key);
                if (id == null && in.gradFn() != null && lvl + 1 >= depth) {
                    id = g.add(Kind.MORE, List.of("… " + in.gradFn().name() + " and its inputs"));
                    ids.put(key, id);
                } else if (id == null && in.gradFn() != null) {
                    id = g.add(Kind.OP, opLines("", in));
                    ids.put(key, id);
                    level.put(in, lvl + 1);
                    work.push(in);
                } else if (id == null) {
                    Kind kind = kindOf(in, nameOf);
                    String title = kind == Kind.PARAMETER ? nameOf.get(in) : kind == Kind.LEAF ? "leaf" : "constant";
                    id = g.add(kind, tensorLines(title, in));
                    ids.put(key, id);
                }
                g.edges.add(new Edge(id, node));
            }
        }
        return g;
    }

    private static List<String> opLines(String prefix, Tensor t) {
        return tensorLines(prefix + t.gradFn().name(), t);
    }

    private static Kind kindOf(Tensor t, Map<Tensor, String> names) {
        if (names.containsKey(t)) {
            return Kind.PARAMETER;
        }
        return t.isRequiresGrad() ? Kind.LEAF : Kind.CONSTANT;
    }

    private int add(Kind kind, List<String> lines) {
        nodes.add(new Node(nodes.size(), kind, lines));
        return nodes.size() - 1;
    }

    static List<String> tensorLines(String title, Tensor t) {
        List<String> lines = new ArrayList<>();
        if (title != null) {
            lines.add(title);
        }
        lines.add(Arrays.toString(t.shape()) + " " + t.dtype().toString().toLowerCase(Locale.ROOT));
        lines.add(summary(t.toArray()));
        if (t.grad() != null) {
            lines.add(String.format(Locale.ROOT, "|grad| %.3g", GradStats.l2(t.grad())));
        }
        return lines;
    }

    /** The values for up to 3 elements, else mean and std. */
    static String summary(double[] v) {
        if (v.length <= 3) {
            StringBuilder sb = new StringBuilder("=");
            for (int i = 0; i < v.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4g", v[i]));
            }
            return sb.toString();
        }
        double mean = Arrays.stream(v).average().orElse(0);
        return String.format(Locale.ROOT, "μ %.3g σ %.3g", mean, Histograms.std(v));
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }
}
