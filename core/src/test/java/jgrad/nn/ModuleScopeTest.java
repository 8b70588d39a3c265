package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jgrad.autograd.Node;
import jgrad.autograd.Grad;
import jgrad.autograd.ModuleScope;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class ModuleScopeTest {
    /** Every graph node behind t, by op name to the path of the module call that created it. */
    private static List<Node> nodes(Tensor t) {
        List<Node> all = new ArrayList<>();
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Deque<Node> work = new ArrayDeque<>(List.of(t.gradFn()));
        while (!work.isEmpty()) {
            Node f = work.pop();
            if (seen.put(f, true) == null) {
                all.add(f);
                for (Tensor in : f.inputs()) {
                    if (in.gradFn() != null) {
                        work.push(in.gradFn());
                    }
                }
            }
        }
        return all;
    }

    private static ModulePaths paths(Module root, List<Node> nodes) {
        return ModulePaths.of(root, nodes.stream().map(Node::scope).toList());
    }

    /** The module paths of all nodes behind y, and "Op@path" for the ops that are not Linear's internals. */
    private static Set<String> pathsOf(Module root, Tensor y) {
        List<Node> nodes = nodes(y);
        ModulePaths p = paths(root, nodes);
        Set<String> out = new TreeSet<>();
        for (Node f : nodes) {
            out.add(p.path(f.scope()));
            if (f.name().equals("ReluBackward") || f.name().equals("TanhBackward") || f.name().equals("AddBackward")) {
                out.add(f.name() + "@" + p.path(f.scope()));
            }
        }
        return out;
    }

    @Test
    void sequentialLayersTagTheirNodes() {
        Tensor.manualSeed(0);
        Sequential model = new Sequential(new Linear(3, 4), new ReLU(), new Linear(4, 2));
        Tensor y = model.call(Tensor.randn(5, 3));
        assertEquals(Set.of("0", "1", "2", "AddBackward@0", "ReluBackward@1", "AddBackward@2"), pathsOf(model, y));
        ModuleScope last = y.gradFn().scope();
        assertSame(model.get(2), last.owner());
        assertSame(model, last.parent().owner());
        assertEquals(2, last.level());
        assertEquals(2, last.ordinal(), "third call inside the Sequential");
        assertNull(ModuleScope.current(), "the scope stack is unwound after the call");
    }

    @Test
    void nestedSequentialGivesDottedPaths() {
        Tensor.manualSeed(1);
        Sequential model = new Sequential(new Sequential(new Linear(2, 3), new Tanh()), new Linear(3, 1));
        Tensor y = model.call(Tensor.randn(4, 2));
        Set<String> paths = pathsOf(model, y);
        assertEquals(Set.of("0.0", "0.1", "1", "AddBackward@0.0", "TanhBackward@0.1", "AddBackward@1"), paths);
        assertEquals(3, nodes(y).stream().filter(f -> f.name().equals("TanhBackward")).findFirst().orElseThrow()
                .scope().level());
        Tensor z = model.get(0).call(Tensor.randn(4, 2));
        assertEquals("0.1", paths(model, nodes(z)).path(z.gradFn().scope()), "a child called directly keeps its path");
        assertEquals("Sequential.1", paths(null, nodes(z)).path(z.gradFn().scope()),
                "without a root model an outermost call is named by its class");
    }

    /** Calls the same layer twice (weight sharing), with a tanh of its own in between. */
    private static final class Twice extends Module {
        final Linear fc = registerModule("fc", new Linear(2, 2));

        @Override
        public Tensor forward(Tensor input) {
            return fc.call(fc.call(input).tanh());
        }
    }

    @Test
    void aModuleCalledTwiceGetsTwoCallsWithOnePath() {
        Tensor.manualSeed(2);
        Twice model = new Twice();
        Tensor y = model.call(Tensor.randn(3, 2));
        assertEquals(Set.of("", "fc", "AddBackward@fc", "TanhBackward@"), pathsOf(model, y));
        Map<ModuleScope, Boolean> calls = new IdentityHashMap<>();
        nodes(y).stream().map(Node::scope).filter(s -> s.owner() == model.fc).forEach(s -> calls.put(s, true));
        assertEquals(Set.of(0, 1), calls.keySet().stream().map(ModuleScope::ordinal).collect(
                java.util.stream.Collectors.toSet()), "two calls of fc, in order");
        assertNotSame(y.gradFn().scope(), nodes(y).stream().filter(f -> f.name().equals("TanhBackward")).findFirst()
                .orElseThrow().inputs()[0].gradFn().scope(), "each call is its own scope");
    }

    @Test
    void aLayerRegisteredTwiceGetsEachNameInCallOrder() {
        Tensor.manualSeed(3);
        Linear shared = new Linear(2, 2);
        Sequential model = new Sequential(shared, new ReLU(), shared);
        Tensor y = model.call(Tensor.randn(3, 2));
        assertEquals(Set.of("0", "1", "2", "AddBackward@0", "ReluBackward@1", "AddBackward@2"), pathsOf(model, y));
    }

    @Test
    void nothingIsRecordedWithoutAModuleOrWithoutGrad() {
        Tensor w = Tensor.randn(2).requiresGrad();
        assertNull(w.exp().gradFn().scope(), "an op outside any module call");
        Linear layer = new Linear(2, 2);
        try (var off = Grad.disabled()) {
            assertNull(layer.call(Tensor.randn(1, 2)).gradFn(), "no graph, nothing to tag");
        }
        Module failing = new Module() {
            @Override
            public Tensor forward(Tensor input) {
                throw new IllegalStateException("boom");
            }
        };
        assertThrows(IllegalStateException.class, () -> failing.call(w));
        assertNull(ModuleScope.current(), "the scope is left even when forward throws");
        assertThrows(IllegalArgumentException.class, () -> ModulePaths.of(layer, List.of()).path(
                layer.call(Tensor.randn(1, 2)).gradFn().scope()));
    }
}
