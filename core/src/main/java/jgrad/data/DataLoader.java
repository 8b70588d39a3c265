package jgrad.data;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

import jgrad.autograd.Generator;
import jgrad.autograd.Tensor;
import jgrad.util.Repr;

/**
 * Mini-batches over a dataset, like torch.utils.data.DataLoader. With shuffle on, each pass
 * (each call to {@link #iterator()}) draws a new order: from the loader's own generator when it is given a
 * seed, otherwise, as in PyTorch, from a seed drawn from the global generator ({@link Tensor#manualSeed}), so a
 * run is reproducible end to end either way.
 */
public final class DataLoader implements Iterable<Batch> {
    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final boolean dropLast;
    private final Generator random; // null: each pass draws its seed from the global generator
    private int prefetch;

    /**
     * torch's DataLoader(dataset, batch_size): batches of {@code batchSize} examples in dataset order; the last may be
     * smaller.
     */
    public DataLoader(Dataset dataset, int batchSize) {
        this(dataset, batchSize, false, 0L, false);
    }

    /** torch's {@code DataLoader(dataset, batch_size, shuffle)}: shuffled passes seeded from the global generator. */
    public DataLoader(Dataset dataset, int batchSize, boolean shuffle) {
        this(dataset, batchSize, shuffle, null, false);
    }

    /**
     * torch's DataLoader(dataset, batch_size, shuffle, generator, drop_last): with {@code shuffle}, each pass's order
     * comes from the loader's own generator started from {@code seed}; {@code dropLast} skips a smaller last batch.
     */
    public DataLoader(Dataset dataset, int batchSize, boolean shuffle, long seed, boolean dropLast) {
        this(dataset, batchSize, shuffle, new Generator(seed), dropLast);
    }

    private DataLoader(Dataset dataset, int batchSize, boolean shuffle, Generator random, boolean dropLast) {
        if (dataset.size() == 0) {
            throw new IllegalArgumentException("DataLoader: the dataset is empty (0 examples), so there is nothing to batch");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("DataLoader: batchSize must be at least 1, got " + batchSize);
        }
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.dropLast = dropLast;
        this.random = random;
    }

    /**
     * The generator that shuffles each epoch; its state can be saved and restored (see {@link Generator}). For a
     * loader made without a seed that is the global one, {@link Tensor#defaultGenerator()}.
     */
    public Generator generator() { return random != null ? random : Tensor.defaultGenerator(); }

    /**
     * Builds up to {@code batches} batches ahead on one background thread while the caller trains
     * on the current one; the order stays exactly the same as without prefetching. 0 turns it off.
     */
    public DataLoader prefetch(int batches) {
        if (batches < 0) {
            throw new IllegalArgumentException("DataLoader.prefetch: batches must be >= 0, got " + batches);
        }
        this.prefetch = batches;
        return this;
    }

    /** E.g. {@code DataLoader(dataset=TensorDataset(...), batch_size=32, shuffle=True, drop_last=False, batches=45)}. */
    @Override
    public String toString() {
        return prefetch == 0
                ? Repr.call("DataLoader", "dataset", dataset, "batch_size", batchSize, "shuffle", Repr.bool(shuffle),
                        "drop_last", Repr.bool(dropLast), "batches", size())
                : Repr.call("DataLoader", "dataset", dataset, "batch_size", batchSize, "shuffle", Repr.bool(shuffle),
                        "drop_last", Repr.bool(dropLast), "batches", size(), "prefetch", prefetch);
    }

    /** Number of batches in one pass. */
    public int size() {
        int n = dataset.size();
        return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
    }

    @Override
    public Iterator<Batch> iterator() {
        int[] order = TensorDataset.identity(dataset.size());
        if (shuffle) {
            TensorDataset.shuffle(order, random != null ? random : new Generator(Tensor.defaultGenerator().nextLong()));
        }
        int batches = size();
        IntFunction<Batch> batchAt = k -> batch(order, k);
        if (prefetch > 0) {
            return new Prefetcher(batches, prefetch, batchAt);
        }
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < batches;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batchAt.apply(next++);
            }
        };
    }

    /** Batch k of a pass over the examples in {@code order}. */
    private Batch batch(int[] order, int k) {
        int from = k * batchSize;
        int to = Math.min(from + batchSize, order.length);
        int[] indices = java.util.Arrays.copyOfRange(order, from, to);
        int[] itemShape = dataset.targetShape();
        if (itemShape.length == 0) {
            double[] targets = new double[indices.length];
            for (int i = 0; i < indices.length; i++) {
                targets[i] = dataset.target(indices[i]);
            }
            return new Batch(stackInputs(dataset, indices), Tensor.of(targets));
        }
        return new Batch(stackInputs(dataset, indices), stack(indices, itemShape, dataset::targetValues));
    }

    static Tensor stackInputs(Dataset dataset, int[] indices) {
        return stack(indices, dataset.inputShape(), dataset::input);
    }

    /** The rows of the given examples as one tensor of shape [indices.length, ...itemShape]. */
    private static Tensor stack(int[] indices, int[] itemShape, IntFunction<double[]> row) {
        int width = 1;
        for (int d : itemShape) {
            width *= d;
        }
        double[] flat = new double[indices.length * width];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(row.apply(indices[i]), 0, flat, i * width, width);
        }
        int[] shape = new int[itemShape.length + 1];
        shape[0] = indices.length;
        System.arraycopy(itemShape, 0, shape, 1, itemShape.length);
        return Tensor.of(flat).reshape(shape);
    }
}
