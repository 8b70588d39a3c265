package jgrad.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Iterative reverse-mode engine: explicit-stack topological sort, then one reverse sweep. */
final class Engine {
    private Engine() { }

    /**
     * Backpropagate {@code grads} from {@code roots}. With {@code inputs == null} gradients are accumulated
     * into leaves (and retainGrad tensors); otherwise the gradients w.r.t. {@code inputs} are returned.
     */
    static Tensor[] run(Tensor[] roots, Tensor[] grads, boolean retainGraph, boolean createGraph, Tensor[] inputs) {
        Map<Tensor, Tensor> pending = new IdentityHashMap<>();
        for (int i = 0; i < roots.length; i++) {
            Tensor r = roots[i];
            if (!r.isRequiresGrad()) {
                throw new IllegalStateException("backward: element " + i
                        + " of tensors does not require grad and does not have a grad_fn");
            }
            Tensor g = grads[i];
            if (!Arrays.equals(g.shape(), r.shape())) {
                throw new IllegalArgumentException("backward: gradient shape " + Shapes.str(g.shape())
                        + " does not match output shape " + Shapes.str(r.shape()));
            }
            pending.merge(r, g, Tensor::add);
        }
        List<Tensor> order = topoSort(roots);
        Map<Tensor, Integer> wanted = new IdentityHashMap<>();
        Tensor[] result = inputs == null ? null : new Tensor[inputs.length];
        if (inputs != null) for (int i = 0; i < inputs.length; i++) wanted.put(inputs[i], i);

        // How many live gradients of this run hold each storage: a node's backward releases the gradient it was
        // given and holds each one it returns (a view of its input gradient passes the hold on). A storage held
        // once is this run's alone, so a leaf may keep it as its grad without a copy (PyTorch's AccumulateGrad
        // steals a gradient nobody else holds); the caller's own gradients are never counted.
        // Only storages big enough for a copy to matter are counted: the bookkeeping would cost small graphs
        // (scalar ones) more than the copies it saves.
        Map<Storage, Integer> holds = new IdentityHashMap<>();
        boolean paused = Anomaly.pauseForwardChecks();
        try (Grad mode = createGraph ? Grad.enabled() : Grad.disabled()) {
            for (int i = order.size() - 1; i >= 0; i--) {
                Tensor t = order.get(i);
                Tensor g = pending.remove(t);
                if (g == null) continue;
                g = t.applyHooks(g);
                Integer w = wanted.get(t);
                if (w != null) result[w] = g;
                boolean own = counted(g) && holds.getOrDefault(g.storage(), 0) == 1 && !t.hasHooks(); // a hook may have kept g
                if (t.isLeaf()) {
                    if (inputs == null) accumulate(t, g, createGraph, own);
                    continue;
                }
                if (inputs == null && t.retainsGrad()) accumulate(t, g, createGraph, false);
                Node fn = t.gradFn();
                Tensor[] ins = fn.rawInputs();
                Tensor[] gs = fn.runBackward(g);
                if (counted(g)) holds.merge(g.storage(), -1, Integer::sum);
                for (int j = 0; j < ins.length; j++) {
                    if (gs[j] != null && ins[j].isRequiresGrad() && counted(gs[j])) holds.merge(gs[j].storage(), 1, Integer::sum);
                }
                for (int j = 0; j < ins.length; j++) {
                    if (gs[j] == null || !ins[j].isRequiresGrad()) continue;
                    if (Anomaly.isEnabled()) Anomaly.checkBackward(fn, j, gs[j]);
                    if (!Arrays.equals(gs[j].shape(), ins[j].shape())) {
                        throw new IllegalStateException(fn.name() + ": gradient shape " + Shapes.str(gs[j].shape())
                                + " does not match input shape " + Shapes.str(ins[j].shape()));
                    }
                    Tensor before = pending.get(ins[j]);
                    if (before == null) {
                        pending.put(ins[j], gs[j]);
                    } else { // two paths meet: their sum is a fresh gradient that replaces both
                        Tensor sum = before.add(gs[j]);
                        if (counted(before)) holds.merge(before.storage(), -1, Integer::sum);
                        if (counted(gs[j])) holds.merge(gs[j].storage(), -1, Integer::sum);
                        if (counted(sum)) holds.merge(sum.storage(), 1, Integer::sum);
                        pending.put(ins[j], sum);
                    }
                }
            }
        } finally {
            Anomaly.resume(paused);
        }
        if (!retainGraph) {
            for (Tensor t : order) if (t.gradFn() != null) t.gradFn().release();
        }
        return result;
    }

    /** Gradients whose storage is at least this long are tracked for keeping without a copy. */
    private static final int KEEP_MIN_ELEMENTS = 4096;

    private static boolean counted(Tensor g) { return g.storage().length() >= KEEP_MIN_ELEMENTS; }

    private static void accumulate(Tensor t, Tensor g, boolean createGraph, boolean own) {
        if (!createGraph && t.grad() != null) {
            t.accumulateGrad(g);
            return;
        }
        if (!createGraph && own && g.dtype() == t.dtype() && g.coversItsStorage() && g.gradFn() == null) {
            t.setGrad(g);
            return;
        }
        Tensor gg = g.to(t.dtype());
        if (!createGraph) gg = gg.copyValues();
        t.setGrad(t.grad() == null ? gg : t.grad().add(gg));
    }

    /** Post-order (inputs before consumers) over tensors that require grad. No recursion. */
    private static List<Tensor> topoSort(Tensor[] roots) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Tensor> stack = new ArrayDeque<>();
        ArrayDeque<int[]> next = new ArrayDeque<>();
        for (Tensor r : roots) {
            if (!visited.add(r)) continue;
            stack.push(r);
            next.push(new int[] {0});
            while (!stack.isEmpty()) {
                Tensor t = stack.peek();
                int[] k = next.peek();
                Node fn = t.gradFn();
                Tensor[] ins = fn == null ? new Tensor[0] : fn.rawInputs();
                if (k[0] < ins.length) {
                    Tensor c = ins[k[0]++];
                    if (c.isRequiresGrad() && visited.add(c)) {
                        stack.push(c);
                        next.push(new int[] {0});
                    }
                } else {
                    stack.pop();
                    next.pop();
                    order.add(t);
                }
            }
        }
        return order;
    }
}
