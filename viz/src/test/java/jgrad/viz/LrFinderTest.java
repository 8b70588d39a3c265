package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jgrad.autograd.Tensor;
import jgrad.data.DataLoader;
import jgrad.data.Datasets;
import jgrad.data.TensorDataset;
import jgrad.nn.Dropout;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import jgrad.optim.Adam;
import jgrad.optim.SGD;
import org.junit.jupiter.api.Test;

class LrFinderTest {
    @Test
    void findsASteepestDescentAndRestoresEverything() {
        Tensor.manualSeed(11);
        Sequential model = new Sequential(new Linear(2, 32), new ReLU(), new Dropout(0.1), new Linear(32, 2));
        TensorDataset data = Datasets.moons(256, 0.1, 3);
        DataLoader loader = new DataLoader(data, 32, true, 9, false);
        DataLoader twin = new DataLoader(data, 32, true, 9, false);
        Adam adam = new Adam(model.parameters(), 1e-3);
        Map<String, Tensor> before = model.stateDict();
        Map<String, Object> optimizerBefore = adam.stateDict();
        Tensor.manualSeed(42);
        LrFinder finder = LrFinder.run(model, loader, Loss::crossEntropy, adam, 1e-5, 10, 80);
        double afterFinder = Tensor.rand(1).item();
        Tensor.manualSeed(42);
        assertEquals(Tensor.rand(1).item(), afterFinder, "Tensor's random stream is where it was");
        assertArrayEquals(twin.iterator().next().inputs().toArray(), loader.iterator().next().inputs().toArray(),
                "the loader shuffles as if the finder had not run");
        model.stateDict().forEach((name, t) -> assertArrayEquals(before.get(name).toArray(), t.toArray(), name));
        assertEquals(optimizerBefore.get("lr"), adam.stateDict().get("lr"));
        assertEquals(1e-3, adam.lr());

        double[] losses = finder.losses();
        double lr = finder.suggestedLr();
        assertTrue(lr > 1e-5 && lr < 10, "suggested " + lr);
        int at = java.util.Arrays.binarySearch(finder.lrs(), lr);
        assertTrue(losses[at + 1] < losses[at - 1], "the loss falls at the suggestion");
        assertTrue(ChartFiles.isPng(ChartFiles.save("lrfind.png", finder.chart().toPng())));
        assertThrows(IllegalArgumentException.class,
                () -> LrFinder.run(model, loader, Loss::crossEntropy, adam, 1, 0.1, 50));
    }

    @Test
    void withoutAnOptimizerItSweepsWithPlainSgdAndRestoresTheModel() {
        Tensor.manualSeed(5);
        Sequential model = new Sequential(new Linear(2, 16), new ReLU(), new Linear(16, 2));
        TensorDataset data = Datasets.moons(128, 0.1, 1);
        DataLoader loader = new DataLoader(data, 32, true, 5, false);
        Map<String, Tensor> before = model.stateDict();
        LrFinder chosen = LrFinder.run(model, loader, Loss::crossEntropy, 1e-5, 1, 30);
        model.stateDict().forEach((name, t) -> assertArrayEquals(before.get(name).toArray(), t.toArray(), name));
        LrFinder sgd = LrFinder.run(model, loader, Loss::crossEntropy, new SGD(model.parameters(), 1e-3), 1e-5, 1, 30);
        assertEquals(30, chosen.lrs().length);
        assertArrayEquals(sgd.lrs(), chosen.lrs(), 0.0);
        assertArrayEquals(sgd.losses(), chosen.losses(), 0.0, "the same sweep as with plain SGD");
        assertEquals(sgd.suggestedLr(), chosen.suggestedLr());
        assertThrows(IllegalArgumentException.class, () -> LrFinder.run(model, loader, Loss::crossEntropy, 1e-5, 1, 2));
    }
}
