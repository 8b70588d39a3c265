package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.optim.Adam;
import jgrad.optim.SGD;
import org.junit.jupiter.api.Test;

/** Layers and parameters held in fields are found without a register call, as PyTorch finds attributes. */
class ModuleFieldsTest {
    /** The notebook guess that trained nothing: a Linear field and no register call. */
    static class Net extends Module {
        Linear fc1 = new Linear(4, 8);
        private final Linear fc2 = new Linear(8, 2);

        @Override
        public Tensor forward(Tensor x) {
            return fc2.call(fc1.call(x).relu());
        }
    }

    @Test
    void layersInFieldsAreChildrenInDeclarationOrder() {
        Net net = new Net();
        assertEquals(4, net.parameters().size(), "fc1 and fc2, each weight and bias");
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"), List.copyOf(net.namedParameters().keySet()));
        assertEquals(List.of("fc1", "fc2"), List.copyOf(net.children().keySet()));
        assertEquals(List.copyOf(net.namedParameters().keySet()), List.copyOf(net.stateDict().keySet()), "stable stateDict names");
        assertEquals(4 * 8 + 8 + 8 * 2 + 2, net.parameterCount());
        assertTrue(net.toString().contains("(fc1): Linear(in=4, out=8)"), net.toString());
    }

    @Test
    void anOptimizerOverFieldsTrains() {
        Tensor.manualSeed(0);
        Net net = new Net();
        Tensor x = Tensor.randn(16, 4), y = Tensor.randn(16, 2);
        Tensor before = net.fc2.weight.clone().detach();
        var opt = new SGD(net.parameters(), 0.1);
        double first = 0, last = 0;
        for (int i = 0; i < 20; i++) {
            opt.zeroGrad();
            Tensor loss = Loss.mse(net.call(x), y);
            loss.backward();
            opt.step();
            if (i == 0) {
                first = loss.item();
            }
            last = loss.item();
        }
        assertTrue(last < first, first + " -> " + last);
        assertNotEquals(before.toArray()[0], net.fc2.weight.toArray()[0]);
    }

    static class Base extends Module {
        Linear encoder = new Linear(2, 3);

        @Override
        public Tensor forward(Tensor x) {
            return encoder.call(x);
        }
    }

    static class Scaled extends Base {
        Tensor scale = Parameter.of(Tensor.ones(3));          // a parameter held in a field
        Tensor constant = Tensor.ones(3);                     // not trainable: not a parameter, as in PyTorch
        Tensor cached = null;                                 // nothing yet
        final Tensor registered = registerParameter("gain", Parameter.of(Tensor.ones(1)));
        final Linear head = registerModule("head", new Linear(3, 1));
        Dropout drop = new Dropout(0.5);
        List<Linear> hidden = new ArrayList<>(List.of(new Linear(3, 3))); // a plain list: not searched
        static Linear shared = new Linear(1, 1);              // static: not part of an instance

        @Override
        public Tensor forward(Tensor x) {
            cached = super.forward(x).mul(scale).mul(registered);
            return head.call(drop.call(cached));
        }
    }

    @Test
    void registeredEntriesComeFirstThenFieldsSuperclassFirst() {
        Scaled m = new Scaled();
        m.call(Tensor.randn(2, 2)); // a graph result in a Tensor field is no parameter
        assertEquals(List.of("gain", "scale", "head.weight", "head.bias", "encoder.weight", "encoder.bias"),
                List.copyOf(m.namedParameters().keySet()));
        assertEquals(List.of("head", "encoder", "drop"), List.copyOf(m.children().keySet()));
        m.eval();
        assertFalse(m.drop.isTraining(), "eval() reaches layers held in fields");
        m.train();
        assertTrue(m.drop.isTraining());
    }

    @Test
    void aModuleListIsFoundAndAPlainListIsNot() {
        class Stack extends Module {
            final ModuleList layers = new ModuleList();

            Stack(int depth) {
                for (int i = 0; i < depth; i++) {
                    layers.add(new Linear(2, 2));
                }
            }

            @Override
            public Tensor forward(Tensor x) {
                for (Module layer : layers) {
                    x = layer.call(x);
                }
                return x;
            }
        }
        Stack s = new Stack(3);
        assertEquals(6, s.parameters().size());
        assertEquals("layers.2.bias", List.copyOf(s.namedParameters().keySet()).get(5));
        var noForward = assertThrows(UnsupportedOperationException.class, () -> s.layers.call(Tensor.zeros(1, 2)));
        assertTrue(noForward.getMessage().contains("Sequential"), noForward.getMessage());

        class Hidden extends Module {
            final List<Linear> layers = List.of(new Linear(2, 2));

            @Override
            public Tensor forward(Tensor x) {
                return layers.get(0).call(x);
            }
        }
        var empty = assertThrows(IllegalArgumentException.class, () -> new Adam(new Hidden().parameters()));
        assertTrue(empty.getMessage().contains("empty parameter list") && empty.getMessage().contains("ModuleList"),
                empty.getMessage());
    }

    @Test
    void aParameterReachedTwiceIsListedOnceAndSavedUnderEachName() {
        Linear shared = new Linear(2, 2);
        Sequential model = new Sequential(shared, new ReLU(), shared);
        assertEquals(List.of("0.weight", "0.bias"), List.copyOf(model.namedParameters().keySet()),
                "as torch's parameters(): the optimizer must not step a shared weight twice");
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(model.stateDict().keySet()));

        class Tied extends Module {
            Linear fc = new Linear(2, 2);
            Tensor alias = fc.weight;

            @Override
            public Tensor forward(Tensor x) {
                return fc.call(x);
            }
        }
        Tied tied = new Tied();
        assertEquals(2, tied.parameters().size());
        assertSame(tied.fc.weight, tied.namedParameters().get("alias"));
    }

    /** A child that keeps a reference back to its parent. */
    static class Parent extends Module {
        final Child child = new Child(this);

        @Override
        public Tensor forward(Tensor x) {
            return child.call(x);
        }
    }

    static class Child extends Module {
        final Module parent;
        final Linear fc = new Linear(2, 2);

        Child(Module parent) {
            this.parent = parent;
        }

        @Override
        public Tensor forward(Tensor x) {
            return fc.call(x);
        }
    }

    @Test
    void aFieldPointingBackToAParentEndsTheWalk() {
        Parent p = new Parent();
        assertEquals(List.of("child.fc.weight", "child.fc.bias"), List.copyOf(p.namedParameters().keySet()));
        assertTrue(p.toString().contains("an enclosing module"), p.toString());
        p.eval();
        assertFalse(p.child.fc.isTraining());
        Tensor y = p.call(Tensor.randn(1, 2));
        y.sum().backward();
        assertEquals(2, p.parameters().stream().filter(t -> t.grad() != null).count());
        assertEquals("child.fc", jgrad.nn.ModulePaths.of(p, List.of(y.gradFn().scope())).path(y.gradFn().scope()));
    }

    @Test
    void anInnerOrAnonymousModuleDoesNotAdoptItsOuterObject() {
        Module anonymous = new Module() {
            final Linear fc = new Linear(3, 1);

            @Override
            public Tensor forward(Tensor x) {
                return fc.call(x);
            }
        };
        assertEquals(List.of("fc.weight", "fc.bias"), List.copyOf(anonymous.namedParameters().keySet()));
        Outer outer = new Outer();
        assertEquals(List.of("fc.weight", "fc.bias"), List.copyOf(outer.inner.namedParameters().keySet()),
                "the compiler's this$0 reference to the enclosing module is not a child");
    }

    static class Outer extends Module {
        final Inner inner = new Inner();
        final Linear top = new Linear(1, 1);

        class Inner extends Module {
            final Linear fc = new Linear(1, 1);

            @Override
            public Tensor forward(Tensor x) {
                return fc.call(x);
            }
        }

        @Override
        public Tensor forward(Tensor x) {
            return inner.call(top.call(x));
        }
    }

    @Test
    void aFieldAndARegistrationUnderOneNameMustAgree() {
        class Clash extends Module {
            final Linear fc = new Linear(1, 1);

            Clash() {
                registerModule("fc", new Linear(1, 1));
            }

            @Override
            public Tensor forward(Tensor x) {
                return fc.call(x);
            }
        }
        var e = assertThrows(IllegalStateException.class, () -> new Clash().parameters());
        assertTrue(e.getMessage().contains("field 'fc'"), e.getMessage());
    }

    @Test
    void stateDictOfFieldsLoadsBackIntoAFreshModel() {
        Tensor.manualSeed(1);
        Net a = new Net();
        Tensor.manualSeed(2);
        Net b = new Net();
        b.loadStateDict(a.stateDict());
        Map<String, Tensor> sa = a.stateDict(), sb = b.stateDict();
        sa.forEach((k, v) -> org.junit.jupiter.api.Assertions.assertArrayEquals(v.toArray(), sb.get(k).toArray(), 0.0, k));
    }

    @Test
    void sequentialGrowsWithAdd() {
        Sequential s = new Sequential().add(new Linear(2, 4)).add(new ReLU()).append(new Linear(4, 1));
        assertEquals(3, s.size());
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), List.copyOf(s.namedParameters().keySet()));
        assertEquals(List.of(1, 1), List.of(s.call(Tensor.zeros(1, 2)).shape()[0], s.call(Tensor.zeros(1, 2)).shape()[1]));
        Sequential named = new Sequential().add("hidden", new Linear(2, 2)).add("act", new Tanh());
        assertEquals(List.of("hidden.weight", "hidden.bias"), List.copyOf(named.namedParameters().keySet()));
        Sequential fromList = new Sequential(List.of(new Linear(1, 1), new ReLU()));
        assertEquals(2, fromList.size());
        assertThrows(IndexOutOfBoundsException.class, () -> fromList.get(2));
        assertThrows(IllegalArgumentException.class, () -> new Sequential().add((Module) null));
    }
}
