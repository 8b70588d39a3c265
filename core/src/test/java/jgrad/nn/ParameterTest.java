package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class ParameterTest {
    /** A user-written module, as a notebook would write one. */
    static final class Scale extends Module {
        final Tensor scale = registerParameter("scale", Parameter.of(Tensor.of(1, 2, 3)));

        @Override
        public Tensor forward(Tensor x) {
            return x.mul(scale);
        }
    }

    @Test
    void parameterIsATrainableLeafOfAnIntermediateResult() {
        Tensor w = Tensor.of(1, 2).requiresGrad();
        Tensor p = Parameter.of(w.mul(2.0));
        assertTrue(p.isLeaf() && p.isRequiresGrad());
        assertNull(p.gradFn());
        assertArrayEquals(new double[] {2, 4}, p.toArray());
    }

    @Test
    void registeredParameterIsTrainedThroughTheModule() {
        Scale m = new Scale();
        assertSame(m.scale, m.namedParameters().get("scale"));
        m.forward(Tensor.of(4, 5, 6)).sum().backward();
        assertArrayEquals(new double[] {4, 5, 6}, m.scale.grad().toArray());
    }
}
