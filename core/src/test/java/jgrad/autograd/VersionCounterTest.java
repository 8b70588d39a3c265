package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionCounterTest {
    @Test
    void assignBumpsVersionSharedByViews() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor row = x.get(1);
        assertEquals(0, x.version());
        row.assign(new double[] {5, 6});
        assertEquals(1, x.version());
        assertEquals(1, row.version());
        assertEquals(1, x.detach().version());
        assertArrayEquals(new double[] {1, 2, 5, 6}, x.toArray());
    }

    @Test
    void modifyingSavedInputBeforeBackwardFailsLikePyTorch() {
        Tensor w = Tensor.of(1, 2, 3).requiresGrad();
        Tensor x = Tensor.of(4, 5, 6).requiresGrad();
        Tensor y = w.mul(x).sum();
        w.assign(new double[] {0, 0, 0});
        IllegalStateException e = assertThrows(IllegalStateException.class, y::backward);
        assertTrue(e.getMessage().contains("modified by an inplace operation: [MulBackward] input 0 of shape [3]"
                + " is at version 1; expected version 0"), e.getMessage());
    }

    @Test
    void modifyingSavedOutputThroughDetachFails() {
        Tensor x = Tensor.of(1, 2).requiresGrad();
        Tensor y = x.exp();
        y.detach().assign(new double[] {0, 0});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> y.sum().backward());
        assertTrue(e.getMessage().contains("[ExpBackward] its output is at version 1; expected version 0"),
                e.getMessage());
    }

    @Test
    void assignAfterBackwardIsFineAndNextGraphWorks() {
        Tensor w = Tensor.of(1, 2).requiresGrad();
        w.mul(w).sum().backward();
        w.assign(new double[] {3, 4});
        w.zeroGrad();
        w.mul(w).sum().backward();
        assertArrayEquals(new double[] {6, 8}, w.grad().toArray());
    }

    @Test
    void cloneHasItsOwnStorageAndPassesGradients() {
        Tensor w = Tensor.of(1, 2).requiresGrad();
        Tensor c = w.clone();
        assertEquals("CloneBackward", c.gradFn().name());
        Tensor y = c.mul(c).sum();
        c.detach().assign(new double[] {5, 5});
        assertArrayEquals(new double[] {1, 2}, w.toArray(), "the original is untouched");
        assertEquals(0, w.version());
        assertThrows(IllegalStateException.class, y::backward, "the clone was saved by MulBackward");
        w.clone().mul(3.0).sum().backward();
        assertArrayEquals(new double[] {3, 3}, w.grad().toArray());
    }

    @Test
    void inPlaceOnGraphResultIsStillRefused() {
        Tensor y = Tensor.of(1, 2).requiresGrad().mul(2.0);
        assertThrows(IllegalStateException.class, () -> y.assign(new double[] {0, 0}));
    }
}
