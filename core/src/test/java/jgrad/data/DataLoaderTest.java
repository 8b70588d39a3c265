package jgrad.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class DataLoaderTest {
    private static TensorDataset tenRows() {
        double[][] x = new double[10][2];
        double[] y = new double[10];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {i, 10 * i};
            y[i] = i;
        }
        return new TensorDataset(Tensor.of(x), Tensor.of(y));
    }

    @Test
    void batchesCoverTheDataInOrderWithoutShuffle() {
        List<Double> seen = new ArrayList<>();
        int batches = 0;
        for (Batch batch : new DataLoader(tenRows(), 4)) {
            batches++;
            for (double t : batch.targets().toArray()) {
                seen.add(t);
            }
            assertEquals(2, batch.inputs().shape()[1]);
        }
        assertEquals(3, batches);
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0), seen);
    }

    @Test
    void inputsStayAlignedWithTargets() {
        for (Batch batch : new DataLoader(tenRows(), 3, true, 42, false)) {
            double[] x = batch.inputs().toArray();
            double[] y = batch.targets().toArray();
            for (int i = 0; i < y.length; i++) {
                assertEquals(y[i], x[2 * i], 0.0);
                assertEquals(10 * y[i], x[2 * i + 1], 0.0);
            }
        }
    }

    @Test
    void dropLastAndSeededShuffle() {
        var loader = new DataLoader(tenRows(), 4, true, 1, true);
        assertEquals(2, loader.size());
        double[] first = loader.iterator().next().targets().toArray();
        double[] again = new DataLoader(tenRows(), 4, true, 1, true).iterator().next().targets().toArray();
        assertArrayEquals(first, again, 0.0);
        double[] secondEpoch = loader.iterator().next().targets().toArray();
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(secondEpoch));
    }

    @Test
    void emptyDatasetAndMismatchedTargetsAreClearErrors() {
        var empty = new TensorDataset(new double[0][], new double[0], new int[] {2});
        var e = assertThrows(IllegalArgumentException.class, () -> new DataLoader(empty, 4));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        var m = assertThrows(IllegalArgumentException.class,
                () -> new TensorDataset(Tensor.zeros(5, 2), Tensor.zeros(4)));
        assertTrue(m.getMessage().contains("[5]"), m.getMessage());
    }

    /** The targets of one pass, in the order the loader gave them. */
    private static List<Double> pass(DataLoader loader) {
        List<Double> order = new ArrayList<>();
        for (Batch b : loader) {
            for (double t : b.targets().toArray()) {
                order.add(t);
            }
        }
        return order;
    }

    @Test
    void shuffleWithoutASeedDrawsFromTheGlobalGeneratorAsPyTorchDoes() {
        Tensor.manualSeed(7);
        DataLoader loader = new DataLoader(tenRows(), 3, true); // torch: DataLoader(ds, batch_size=3, shuffle=True)
        assertEquals(4, loader.size(), "the last, short batch is kept");
        List<Double> first = pass(loader), second = pass(loader);
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0), first.stream().sorted().toList());
        assertNotEquals(first, second, "each pass draws a new order");
        Tensor.manualSeed(7);
        DataLoader again = new DataLoader(tenRows(), 3, true);
        assertEquals(first, pass(again), "manualSeed makes the run reproducible");
        assertEquals(second, pass(again));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0), pass(new DataLoader(tenRows(), 3, false)));
        org.junit.jupiter.api.Assertions.assertSame(Tensor.defaultGenerator(), again.generator(),
                "its state is the global generator's, which getRngState/setRngState save and restore");
        var state = Tensor.getRngState();
        List<Double> third = pass(again);
        Tensor.setRngState(state);
        assertEquals(third, pass(again));
    }

    /** As in PyTorch, a regression target of shape [N, 1] (or [N, k]) is fine: batches keep its trailing shape. */
    @Test
    void targetsOfShapeNByKBatchAsBByK() {
        double[][] x = new double[5][];
        double[][] y = new double[5][];
        for (int i = 0; i < 5; i++) {
            x[i] = new double[] {i, -i};
            y[i] = new double[] {10 * i};
        }
        TensorDataset data = new TensorDataset(Tensor.of(x), Tensor.of(y));
        assertEquals(5, data.size());
        assertArrayEquals(new int[] {1}, data.targetShape());
        assertArrayEquals(new int[] {5, 1}, data.targets().shape());
        assertEquals(20, data.target(2));
        assertEquals("TensorDataset(size=5, input_shape=[2], target_shape=[1], targets=classes 0..40)", data.toString());
        Batch first = new DataLoader(data, 2).iterator().next();
        assertArrayEquals(new int[] {2, 1}, first.targets().shape());
        assertArrayEquals(new double[] {0, 10}, first.targets().toArray());

        double[][] pairs = {{1, 2}, {3, 4}, {5, 6}};
        TensorDataset two = new TensorDataset(Tensor.zeros(3, 4), Tensor.of(pairs));
        List<Double> seen = new ArrayList<>();
        for (Batch b : new DataLoader(two, 2, true, 9, false)) {
            assertEquals(2, b.targets().shape()[1]);
            for (double v : b.targets().toArray()) {
                seen.add(v);
            }
        }
        seen.sort(null);
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0), seen);
        var split = two.split(0.67, 1);
        assertArrayEquals(new int[] {2, 2}, split.train().targets().shape());
        assertArrayEquals(new int[] {3, 2}, two.withInputShape(2, 2).targets().shape());
        var e = assertThrows(IllegalStateException.class, () -> two.target(0));
        assertTrue(e.getMessage().contains("targetValues"), e.getMessage());
        assertArrayEquals(new double[] {3, 4}, two.targetValues(1));
        var wrong = assertThrows(IllegalArgumentException.class, () -> new TensorDataset(Tensor.zeros(3, 4), Tensor.zeros(2, 1)));
        assertTrue(wrong.getMessage().contains("[2, 1]"), wrong.getMessage());
    }
}
