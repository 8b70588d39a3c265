package jgrad.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class DataLoaderPrefetchTest {
    /** 23 examples whose input is {i, -i}; records which threads read it and can fail at one index. */
    private static final class Recording implements Dataset {
        final Set<String> readers = ConcurrentHashMap.newKeySet();
        final int failAt;

        Recording(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public int size() {
            return 23;
        }

        @Override
        public double[] input(int index) {
            readers.add(Thread.currentThread().getName());
            if (index == failAt) {
                throw new IllegalStateException("cannot read example " + index);
            }
            return new double[] {index, -index};
        }

        @Override
        public int[] inputShape() {
            return new int[] {2};
        }

        @Override
        public double target(int index) {
            return index;
        }
    }

    private static List<double[]> targetsOfTwoEpochs(DataLoader loader) {
        List<double[]> seen = new ArrayList<>();
        for (int epoch = 0; epoch < 2; epoch++) {
            for (Batch batch : loader) {
                seen.add(batch.targets().toArray());
                double[] x = batch.inputs().toArray();
                for (int i = 0; i < batch.size(); i++) {
                    assertEquals(batch.targets().toArray()[i], x[2 * i]);
                }
            }
        }
        return seen;
    }

    @Test
    void prefetchingGivesExactlyTheSequentialBatchesOnAnotherThread() {
        var plainData = new Recording(-1);
        var prefetchedData = new Recording(-1);
        List<double[]> plain = targetsOfTwoEpochs(new DataLoader(plainData, 5, true, 7, false));
        List<double[]> prefetched = targetsOfTwoEpochs(new DataLoader(prefetchedData, 5, true, 7, false).prefetch(2));
        assertEquals(plain.size(), prefetched.size());
        for (int i = 0; i < plain.size(); i++) {
            assertArrayEquals(plain.get(i), prefetched.get(i), "batch " + i);
        }
        assertEquals(Set.of(Thread.currentThread().getName()), plainData.readers);
        assertFalse(prefetchedData.readers.contains(Thread.currentThread().getName()), prefetchedData.readers.toString());
    }

    @Test
    void aFailureWhileLoadingSurfacesAtItsBatch() {
        Iterator<Batch> batches = new DataLoader(new Recording(12), 5).prefetch(3).iterator();
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, batches.next().targets().toArray());
        assertArrayEquals(new double[] {5, 6, 7, 8, 9}, batches.next().targets().toArray());
        var e = assertThrows(IllegalStateException.class, batches::next);
        assertTrue(e.getMessage().contains("example 12"), e.getMessage());
        assertFalse(batches.hasNext());
    }

    @Test
    void anAbandonedPassDoesNotBlockTheNextOne() {
        var loader = new DataLoader(new Recording(-1), 2).prefetch(1);
        assertArrayEquals(new double[] {0, 1}, loader.iterator().next().targets().toArray());
        int batches = 0;
        for (Batch ignored : loader) {
            batches++;
        }
        assertEquals(12, batches);
    }

    @Test
    void negativeDepthIsRefused() {
        var loader = new DataLoader(new TensorDataset(Tensor.zeros(2, 1), Tensor.zeros(2)), 1);
        var e = assertThrows(IllegalArgumentException.class, () -> loader.prefetch(-1));
        assertTrue(e.getMessage().contains("prefetch") && e.getMessage().contains("-1"), e.getMessage());
    }
}
