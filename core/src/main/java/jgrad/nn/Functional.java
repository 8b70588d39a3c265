package jgrad.nn;

import java.util.Arrays;

import jgrad.autograd.Tensor;
import jgrad.autograd.ops.Conv;
import jgrad.autograd.ops.IndexSelect;
import jgrad.autograd.ops.MaxPool;
import jgrad.autograd.ops.Patches;
import jgrad.autograd.ops.Unfold;

/**
 * The layers as plain functions of tensors, like PyTorch's {@code torch.nn.functional} (often imported as F):
 * what the modules of jgrad.nn call, for code that keeps its own weights. The primitives behind them are
 * internal to the library.
 */
public final class Functional {
    private Functional() { }

    /** input [N, C, H, W] with weight [O, C, k, k] and bias [O] (or null) at {@code stride} with zero {@code padding}. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
        int[] w = weight.shape();
        if (w.length != 4 || w[2] != w[3]) {
            throw new IllegalArgumentException("conv2d: weight must have shape [O, C, k, k], got " + Arrays.toString(w));
        }
        Patches geometry = Patches.of("conv2d", input.shape(), w[2], w[3], stride, padding);
        if (geometry.c() != w[1]) {
            throw new IllegalArgumentException("conv2d: input " + Arrays.toString(input.shape())
                    + " has " + geometry.c() + " channels but weight " + Arrays.toString(w) + " expects " + w[1]);
        }
        if (bias != null && (bias.dim() != 1 || bias.shape()[0] != w[0])) {
            throw new IllegalArgumentException("conv2d: bias must have shape [" + w[0] + "], got " + Arrays.toString(bias.shape()));
        }
        return Conv.apply(input, weight, bias, geometry);
    }

    /** input [N, C, H, W] with weight [O, C, k, k], stride 1, no padding. */
    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias) { return conv2d(input, weight, bias, 1, 0); }

    /** The largest value of each k×k window of every channel; stride k. */
    public static Tensor maxPool2d(Tensor input, int kernel) { return maxPool2d(input, kernel, kernel); }

    /**
     * torch.nn.functional.max_pool2d: the largest value of each kernel×kernel window of [N, C, H, W], windows
     * {@code stride} apart.
     */
    public static Tensor maxPool2d(Tensor input, int kernel, int stride) {
        return pool("maxPool2d", input, kernel, stride, true);
    }

    /** The mean of each k×k window of every channel; stride k. */
    public static Tensor avgPool2d(Tensor input, int kernel) { return avgPool2d(input, kernel, kernel); }

    /**
     * torch.nn.functional.avg_pool2d: the mean of each kernel×kernel window of [N, C, H, W], windows {@code stride}
     * apart.
     */
    public static Tensor avgPool2d(Tensor input, int kernel, int stride) {
        return pool("avgPool2d", input, kernel, stride, false);
    }

    /** Pools each channel on its own: channels are folded into the batch, as planes [N·C, 1, H, W]. */
    static Tensor pool(String op, Tensor input, int kernel, int stride, boolean max) {
        if (kernel < 1 || stride < 1) {
            throw new IllegalArgumentException(op + ": kernel and stride must be positive, got " + kernel + ", " + stride);
        }
        int[] s = input.shape();
        Patches checked = Patches.of(op, s, kernel, kernel, stride, 0); // errors name the caller's shape
        Tensor planes = input.reshape(s[0] * s[1], 1, s[2], s[3]);
        Patches geometry = new Patches(checked.n() * checked.c(), 1, checked.h(), checked.w(), kernel, kernel, stride, 0);
        Tensor pooled = max
                ? MaxPool.apply(planes, geometry)
                : Unfold.apply(planes, geometry).reshape(-1, kernel * kernel).mean(1);
        return pooled.reshape(s[0], s[1], geometry.outH(), geometry.outW());
    }

    /** Rows of {@code table} [rows, dim] picked by the integer values of {@code indices}: shape indices.shape + [dim]. */
    public static Tensor embedding(Tensor indices, Tensor table) { return embedding(indices, table, "embedding"); }

    static Tensor embedding(Tensor indices, Tensor table, String who) {
        if (table.dim() != 2) {
            throw new IllegalArgumentException(who + ": the table must have shape [rows, dim], got " + Arrays.toString(table.shape()));
        }
        double[] values = indices.toArray();
        int rows = table.size(0);
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != Math.rint(v) || v < 0 || v >= rows) {
                throw new IndexOutOfBoundsException(who + ": index " + v + " at position " + i
                        + " is not an integer in [0, " + rows + ")");
            }
            index[i] = (int) v;
        }
        int[] inShape = indices.shape();
        int[] outShape = Arrays.copyOf(inShape, inShape.length + 1);
        outShape[inShape.length] = table.size(1);
        return IndexSelect.apply(table, index).reshape(outShape);
    }

    /** input · weightᵀ + bias, weight [out, in] as in PyTorch (bias may be null). */
    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        Tensor out = input.matmul(weight.t());
        return bias == null ? out : out.add(bias);
    }

    /** torch.nn.functional.relu: max(x, 0) elementwise; the same as {@code x.relu()}. */
    public static Tensor relu(Tensor x) { return x.relu(); }

    /** torch.sigmoid: 1 / (1 + e^-x) elementwise; the same as {@code x.sigmoid()}. */
    public static Tensor sigmoid(Tensor x) { return x.sigmoid(); }

    /** torch.tanh elementwise; the same as {@code x.tanh()}. */
    public static Tensor tanh(Tensor x) { return x.tanh(); }

    /** torch.nn.functional.softmax(x, dim): slices along {@code dim} turned into probabilities that sum to 1. */
    public static Tensor softmax(Tensor x, int dim) { return x.softmax(dim); }

    /** torch.nn.functional.log_softmax(x, dim): log of the softmax along {@code dim}, computed stably. */
    public static Tensor logSoftmax(Tensor x, int dim) { return x.logSoftmax(dim); }
}
