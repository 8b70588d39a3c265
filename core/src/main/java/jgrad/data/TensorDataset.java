package jgrad.data;

import java.util.Arrays;
import java.util.Random;

import jgrad.autograd.Tensor;
import jgrad.util.Repr;

/**
 * Examples held in memory: row i of the inputs tensor and row i of the targets tensor. Targets are class
 * indices or regression values of shape [N], or, as in PyTorch, any shape [N, ...], e.g. [N, 1] for one
 * regression output; a batch then holds targets of shape [batch, ...].
 */
public final class TensorDataset implements Dataset {
    private final double[][] inputs;
    private final double[] targets; // flat: targetWidth values per example
    private final int[] inputShape;
    private final int[] targetShape;
    private final int targetWidth;

    /**
     * torch's TensorDataset(inputs, targets): example i is inputs[i] (any shape after the first dim) with
     * targets[i] (shape [N] for class indices or values, or [N, ...] for vector targets such as [N, 1]). The
     * values are copied.
     */
    public TensorDataset(Tensor inputs, Tensor targets) {
        int[] shape = inputs.shape();
        if (shape.length == 0) {
            throw new IllegalArgumentException("TensorDataset: inputs must have a batch dimension, got a scalar");
        }
        int n = shape[0];
        if (n == 0) {
            throw new IllegalArgumentException("TensorDataset: inputs of shape " + Arrays.toString(shape) + " hold no examples");
        }
        int[] yShape = targets.shape();
        if (yShape.length == 0 || yShape[0] != n) {
            throw new IllegalArgumentException("TensorDataset: targets must have " + n + " rows to match inputs "
                    + Arrays.toString(shape) + " (shape [" + n + "] or [" + n + ", ...]), got " + Arrays.toString(yShape));
        }
        this.inputShape = Arrays.copyOfRange(shape, 1, shape.length);
        this.inputs = rows(inputs.toArray(), n);
        this.targets = targets.toArray();
        this.targetShape = Arrays.copyOfRange(yShape, 1, yShape.length);
        this.targetWidth = this.targets.length / n;
    }

    TensorDataset(double[][] inputs, double[] targets, int[] inputShape) {
        this(inputs, targets, inputShape, new int[0]);
    }

    /** {@code targets} flat, row-major: one block of {@code targetShape} per input. */
    private TensorDataset(double[][] inputs, double[] targets, int[] inputShape, int[] targetShape) {
        int width = Arrays.stream(targetShape).reduce(1, (a, b) -> a * b);
        if ((long) inputs.length * width != targets.length) {
            throw new IllegalArgumentException("TensorDataset: " + inputs.length + " inputs but "
                    + targets.length / Math.max(1, width) + " targets");
        }
        this.inputs = inputs;
        this.targets = targets;
        this.inputShape = inputShape.clone();
        this.targetShape = targetShape.clone();
        this.targetWidth = width;
    }

    private static double[][] rows(double[] flat, int n) {
        int width = n == 0 ? 0 : flat.length / n;
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return rows;
    }

    @Override
    public int size() {
        return inputs.length;
    }

    @Override
    public double[] input(int index) {
        return inputs[checkIndex(index)];
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    /**
     * The target of example {@code index}; for targets of shape [N, ...] holding more than one value per
     * example use {@link #targetValues}.
     */
    @Override
    public double target(int index) {
        if (targetWidth != 1) {
            throw new IllegalStateException("TensorDataset.target: each target has shape " + Arrays.toString(targetShape)
                    + "; use targetValues(" + index + ")");
        }
        return targets[checkIndex(index)];
    }

    @Override
    public int[] targetShape() {
        return targetShape.clone();
    }

    @Override
    public double[] targetValues(int index) {
        int from = checkIndex(index) * targetWidth;
        return Arrays.copyOfRange(targets, from, from + targetWidth);
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("TensorDataset: index " + index + " out of range for size " + size());
        }
        return index;
    }

    /**
     * E.g. {@code TensorDataset(size=1797, input_shape=[1, 8, 8], targets=classes 0..9)}; targets that are
     * not all small whole numbers are summarised by their range, and targets of more than one dimension
     * add their shape per example ({@code target_shape=[1]}).
     */
    @Override
    public String toString() {
        if (targetShape.length > 0) {
            return Repr.call("TensorDataset", "size", size(), "input_shape", Repr.shape(inputShape),
                    "target_shape", Repr.shape(targetShape), "targets", targetSummary());
        }
        return Repr.call("TensorDataset", "size", size(), "input_shape", Repr.shape(inputShape), "targets", targetSummary());
    }

    private String targetSummary() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean classes = true;
        for (double t : targets) {
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            classes &= t == Math.rint(t) && t >= 0 && t < 10_000;
        }
        return classes ? "classes " + Repr.number(lo) + ".." + Repr.number(hi)
                : "values in [" + Repr.number(lo) + ", " + Repr.number(hi) + "]";
    }

    /** All inputs as one tensor of shape [size, ...inputShape]. */
    public Tensor inputs() {
        return DataLoader.stackInputs(this, identity(size()));
    }

    /** All targets as a tensor of shape [size, ...targetShape], [size] for one value per example. */
    public Tensor targets() {
        int[] shape = new int[targetShape.length + 1];
        shape[0] = size();
        System.arraycopy(targetShape, 0, shape, 1, targetShape.length);
        return Tensor.of(targets.clone()).reshape(shape);
    }

    /** The same examples with each input seen as {@code shape}, e.g. [1, 8, 8] for a CNN. */
    public TensorDataset withInputShape(int... shape) {
        int width = inputs.length == 0 ? 0 : inputs[0].length;
        if (Arrays.stream(shape).reduce(1, (a, b) -> a * b) != width) {
            throw new IllegalArgumentException("TensorDataset.withInputShape: " + Arrays.toString(shape)
                    + " does not hold " + width + " values per input " + Arrays.toString(inputShape));
        }
        return new TensorDataset(inputs, targets, shape, targetShape);
    }

    /**
     * A random split into train and test parts, like sklearn's train_test_split, its order drawn from the global
     * generator ({@link Tensor#manualSeed} seeds it), as torch's {@code random_split} does.
     */
    public Split split(double trainFraction) {
        return split(trainFraction, Tensor.defaultGenerator().nextLong());
    }

    /** A seeded random split into train and test parts, like sklearn's train_test_split. */
    public Split split(double trainFraction, long seed) {
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("TensorDataset.split: trainFraction must be in (0, 1), got " + trainFraction);
        }
        int[] order = identity(size());
        shuffle(order, new Random(seed));
        int cut = (int) Math.round(size() * trainFraction);
        if (cut == 0 || cut == size()) {
            throw new IllegalArgumentException("TensorDataset.split: trainFraction " + trainFraction + " of " + size()
                    + " examples leaves the " + (cut == 0 ? "train" : "test") + " part empty");
        }
        return new Split(subset(Arrays.copyOfRange(order, 0, cut)), subset(Arrays.copyOfRange(order, cut, order.length)));
    }

    private TensorDataset subset(int[] indices) {
        double[][] x = new double[indices.length][];
        double[] y = new double[indices.length * targetWidth];
        for (int i = 0; i < indices.length; i++) {
            x[i] = inputs[indices[i]];
            System.arraycopy(targets, indices[i] * targetWidth, y, i * targetWidth, targetWidth);
        }
        return new TensorDataset(x, y, inputShape, targetShape);
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Train and test parts of a dataset. */
    public record Split(TensorDataset train, TensorDataset test) {
    }
}
