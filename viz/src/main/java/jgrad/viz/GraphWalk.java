package jgrad.viz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.ModuleScope;
import jgrad.autograd.Tensor;

/**
 * First pass of {@link AutogradGraph}: every op and leaf behind a tensor, edges in the forward
 * direction, and for each node the module call it belongs to: an op's own {@link ModuleScope},
 * a leaf's first consumer's. An explicit work list keeps very deep graphs off the stack.
 */
final class GraphWalk {
    /**
     * A node before names and module blocks are applied: an op (kind OUTPUT or OP, with its lines)
     * or a leaf tensor (kind null, lines left to the caller, who knows the parameter names).
     */
    record Step(AutogradGraph.Kind kind, List<String> lines, ModuleScope scope, Tensor leaf) {
    }

    final List<Step> steps = new ArrayList<>();
    final List<AutogradGraph.Edge> edges = new ArrayList<>();

    private GraphWalk() {
    }

    static GraphWalk of(Tensor output) {
        GraphWalk w = new GraphWalk();
        if (output.gradFn() == null) {
            w.steps.add(new Step(AutogradGraph.Kind.OUTPUT, AutogradGraph.tensorLines("output (a leaf: no graph)", output),
                    null, null));
            return w;
        }
        // An op node stands for a backward function and the tensor it produced; leaves get their own nodes.
        Map<Object, Integer> ids = new IdentityHashMap<>();
        Deque<Tensor> work = new ArrayDeque<>();
        ids.put(output.gradFn(), w.add(AutogradGraph.Kind.OUTPUT, opLines("output: ", output), output.gradFn().scope(), null));
        work.push(output);
        while (!work.isEmpty()) {
            Tensor t = work.pop();
            int node = ids.get(t.gradFn());
            for (Tensor in : t.gradFn().inputs()) {
                Object key = in.gradFn() == null ? in : in.gradFn();
                Integer id = ids.get(key);
                if (id == null && in.gradFn() != null) {
                    id = w.add(AutogradGraph.Kind.OP, opLines("", in), in.gradFn().scope(), null);
                    work.push(in);
                } else if (id == null) {
                    id = w.add(null, null, t.gradFn().scope(), in);
                }
                ids.put(key, id);
                w.edges.add(new AutogradGraph.Edge(id, node));
            }
        }
        return w;
    }

    private static List<String> opLines(String prefix, Tensor t) {
        return AutogradGraph.tensorLines(prefix + t.gradFn().name(), t);
    }

    private int add(AutogradGraph.Kind kind, List<String> lines, ModuleScope scope, Tensor leaf) {
        steps.add(new Step(kind, lines, scope, leaf));
        return steps.size() - 1;
    }
}
