package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import jgrad.data.DataLoader;
import jgrad.data.TensorDataset;
import org.junit.jupiter.api.Test;

/** The generator's state is public API: saved, restored, and equal to java.util.Random's sequence. */
class GeneratorTest {
    @Test
    void aSeedGivesJavaUtilRandomsSequence() {
        Generator g = new Generator(42);
        Random r = new Random(42);
        for (int i = 0; i < 1000; i++) {
            assertEquals(r.nextDouble(), g.nextDouble());
            assertEquals(r.nextGaussian(), g.nextGaussian());
            assertEquals(r.nextInt(17), g.nextInt(17));
        }
        g.setSeed(7);
        r.setSeed(7);
        assertEquals(r.nextGaussian(), g.nextGaussian());
    }

    @Test
    void restoringTheStateReplaysTheSameValuesEvenMidGaussianPair() {
        Tensor.manualSeed(3);
        Tensor.randn(3); // an odd count: a spare Gaussian is pending
        Generator.State saved = Tensor.getRngState();
        double[] first = Tensor.randn(5).toArray();
        Tensor.rand(100);
        Tensor.setRngState(saved);
        assertArrayEquals(first, Tensor.randn(5).toArray());
        assertEquals(Tensor.defaultGenerator().getState(), Tensor.getRngState());
    }

    @Test
    void aLoadersShuffleCanBeReplayed() {
        TensorDataset ds = new TensorDataset(Tensor.arange(20).reshape(20, 1), Tensor.arange(20));
        DataLoader loader = new DataLoader(ds, 5, true, 11L, false);
        Generator.State saved = loader.generator().getState();
        double[] epoch = loader.iterator().next().targets().toArray();
        loader.generator().setState(saved);
        assertArrayEquals(epoch, loader.iterator().next().targets().toArray());
    }
}
