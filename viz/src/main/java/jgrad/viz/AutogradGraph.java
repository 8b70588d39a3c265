package jgrad.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jgrad.autograd.ModuleScope;
import jgrad.autograd.Tensor;
import jgrad.nn.Module;

/**
 * The autograd graph behind a tensor as plain nodes, edges and module blocks, ready for layout:
 * op nodes (a backward function with the shape, value summary and, if retained, grad norm of the
 * tensor it produced), leaf tensor nodes (parameters by name, other leaves, constants), edges in
 * the forward direction. Ops sit in a block per module call that created them (nested like the
 * model); with a depth limit, calls nested deeper than {@code depth} levels are folded into one
 * box node per call (see {@link ModuleBlocks}).
 */
public final class AutogradGraph {
    /** What a node stands for; decides its colour. */
    public enum Kind { OUTPUT, OP, PARAMETER, LEAF, CONSTANT, MODULE }

    /** A node; block is the index of the module block it sits in, or -1 for none. */
    public record Node(int id, Kind kind, List<String> lines, int block) {
    }

    public record Edge(int from, int to) {
    }

    /** A module block (an open module call); parent is the enclosing block's index or -1. */
    public record Block(int id, int parent, String path, List<String> lines) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<ModuleScope, Integer> blockOf = new IdentityHashMap<>();

    private AutogradGraph() {
    }

    /**
     * @param model  the model whose parameter and module names label the graph; null to use the
     *               one module the recorded module calls start from, if there is one
     * @param depth  how many levels of module calls to draw open (1: the model, its layers as
     *               boxes; 0: the whole model as one box); Integer.MAX_VALUE for all
     */
    public static AutogradGraph of(Tensor output, Module model, int depth) {
        if (output == null) {
            throw new IllegalArgumentException("graph: the tensor is null");
        }
        if (depth < 0) {
            throw new IllegalArgumentException("graph: depth must be at least 0, got " + depth);
        }
        GraphWalk walk = GraphWalk.of(output);
        List<ModuleScope> scopes = walk.steps.stream().map(GraphWalk.Step::scope).toList();
        Module root = model != null ? model : ModuleBlocks.inferRoot(scopes);
        Map<Tensor, String> nameOf = new IdentityHashMap<>();
        if (root != null) {
            root.namedParameters().forEach((n, t) -> nameOf.putIfAbsent(t, n));  // a shared one by its first name
        }
        ModuleBlocks modules = new ModuleBlocks(root, scopes, depth);
        // Where each step goes: ops in their module call's block, parameters in their module's, other leaves outside.
        int n = walk.steps.size();
        Kind[] kinds = new Kind[n];
        String[] parameters = new String[n];
        ModuleScope[] homes = new ModuleScope[n];
        ModuleScope[] boxOf = new ModuleScope[n];
        Map<ModuleScope, Integer> opsInBox = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            GraphWalk.Step s = walk.steps.get(i);
            parameters[i] = s.leaf() == null ? null : nameOf.get(s.leaf());
            kinds[i] = s.leaf() == null ? s.kind() : parameters[i] != null ? Kind.PARAMETER
                    : s.leaf().isRequiresGrad() ? Kind.LEAF : Kind.CONSTANT;
            homes[i] = s.leaf() == null ? s.scope() : parameters[i] != null ? modules.ownerOf(parameters[i], s.scope()) : null;
            boxOf[i] = homes[i] == null ? null : modules.box(homes[i]);
            if (boxOf[i] != null && s.leaf() == null) {
                opsInBox.merge(boxOf[i], 1, Integer::sum);
            }
        }
        AutogradGraph g = new AutogradGraph();
        int[] id = new int[n];
        Map<ModuleScope, Integer> boxes = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            GraphWalk.Step s = walk.steps.get(i);
            if (boxOf[i] == null) {
                List<String> lines = s.leaf() == null ? s.lines()
                        : tensorLines(parameters[i] != null ? parameters[i] : kinds[i] == Kind.LEAF ? "leaf" : "constant", s.leaf());
                id[i] = g.add(kinds[i], lines, g.block(homes[i], modules));
            } else {
                id[i] = boxes.computeIfAbsent(boxOf[i], b -> g.add(Kind.MODULE,
                        modules.boxLines(b, opsInBox.getOrDefault(b, 0)), g.block(b.parent(), modules)));
            }
        }
        Set<Edge> seen = new HashSet<>();
        for (Edge e : walk.edges) {
            Edge mapped = new Edge(id[e.from()], id[e.to()]);
            if (mapped.from() != mapped.to() && seen.add(mapped)) {
                g.edges.add(mapped);
            }
        }
        return g;
    }

    /** The block of an open module call, creating it and its enclosing blocks; -1 for null. */
    private int block(ModuleScope scope, ModuleBlocks modules) {
        if (scope == null) {
            return -1;
        }
        Integer known = blockOf.get(scope);
        if (known != null) {
            return known;
        }
        // Enclosing calls first, outermost down, without recursion.
        List<ModuleScope> chain = new ArrayList<>();
        for (ModuleScope s = scope; s != null && !blockOf.containsKey(s); s = s.parent()) {
            chain.add(0, s);
        }
        for (ModuleScope s : chain) {
            int parent = s.parent() == null ? -1 : blockOf.get(s.parent());
            blocks.add(new Block(blocks.size(), parent, modules.path(s),
                    List.of(modules.blockTitle(s))));
            blockOf.put(s, blocks.size() - 1);
        }
        return blockOf.get(scope);
    }

    private int add(Kind kind, List<String> lines, int block) {
        nodes.add(new Node(nodes.size(), kind, lines, block));
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

    /** The nodes: the output, the ops, the leaf tensors and any folded modules. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The edges between {@link #nodes()} by id, pointing the way data flows (inputs to output). */
    public List<Edge> edges() {
        return edges;
    }

    /** Open module blocks, each after the block that encloses it. */
    public List<Block> blocks() {
        return blocks;
    }
}
