package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import jgrad.autograd.ops.IndexSelect;
import org.junit.jupiter.api.Test;

class EmbeddingTest {
    @Test
    void looksUpRowsKeepingTheIndexShape() {
        var embedding = new Embedding(4, 2);
        embedding.weight.assign(new double[] {0, 1, 10, 11, 20, 21, 30, 31});
        Tensor y = embedding.forward(Tensor.of(new double[][] {{3, 0}, {1, 3}, {2, 2}}));
        assertArrayEquals(new int[] {3, 2, 2}, y.shape());
        assertArrayEquals(new double[] {30, 31, 0, 1, 10, 11, 30, 31, 20, 21, 20, 21}, y.toArray());
    }

    @Test
    void repeatedIndicesAccumulateTheirGradients() {
        var embedding = new Embedding(3, 2);
        embedding.forward(Tensor.of(2, 0, 2, 2)).sum().backward();
        assertArrayEquals(new double[] {1, 1, 0, 0, 3, 3}, embedding.weight.grad().toArray());
    }

    @Test
    void indexSelectGradientsMatchFiniteDifferences() {
        Tensor.manualSeed(2);
        Tensor table = Tensor.randn(5, 3).to(DType.FLOAT64).detach();
        GradCheck.Result r = GradCheck.check(in -> IndexSelect.apply(in[0], new int[] {4, 1, 1, 0, 4, 4}), table);
        assertTrue(r.passed(), r.toString());
        Tensor cube = Tensor.randn(3, 2, 2).to(DType.FLOAT64).detach();
        r = GradCheck.check(in -> IndexSelect.apply(in[0], new int[] {2, 2, 0}).tanh(), cube);
        assertTrue(r.passed(), r.toString());
    }

    @Test
    void outOfRangeOrFractionalIndexIsNamed() {
        var embedding = new Embedding(10, 4);
        var e = assertThrows(IndexOutOfBoundsException.class, () -> embedding.forward(Tensor.of(3, 10)));
        assertTrue(e.getMessage().contains("Embedding(10, 4)") && e.getMessage().contains("index 10")
                && e.getMessage().contains("[0, 10)"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> embedding.forward(Tensor.of(-1)));
        assertThrows(IndexOutOfBoundsException.class, () -> embedding.forward(Tensor.of(1.5)));
        var op = assertThrows(IndexOutOfBoundsException.class, () -> IndexSelect.apply(Tensor.zeros(2, 2), new int[] {2}));
        assertTrue(op.getMessage().contains("index 2") && op.getMessage().contains("[2, 2]"), op.getMessage());
    }

    /** Embedding.lookup was replaced by Functional.embedding; code calling it still compiles and gets the same rows. */
    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedLookupGivesWhatFunctionalEmbeddingGives() {
        Tensor table = Tensor.of(new double[][] {{0, 1}, {10, 11}, {20, 21}});
        Tensor indices = Tensor.of(new double[][] {{2, 0}, {1, 1}});
        Tensor old = Embedding.lookup(table, indices, "myLookup");
        assertArrayEquals(new int[] {2, 2, 2}, old.shape());
        assertArrayEquals(new double[] {20, 21, 0, 1, 10, 11, 10, 11}, old.toArray());
        assertArrayEquals(Functional.embedding(indices, table).toArray(), old.toArray(), 0.0);
        var e = assertThrows(IndexOutOfBoundsException.class, () -> Embedding.lookup(table, Tensor.of(3.0), "myLookup"));
        assertTrue(e.getMessage().startsWith("myLookup: index 3.0"), e.getMessage());
    }
}
