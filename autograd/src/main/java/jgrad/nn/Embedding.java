package jgrad.nn;

import java.util.Arrays;

import jgrad.autograd.Tensor;
import jgrad.autograd.ops.IndexSelect;

/** A lookup table of numEmbeddings vectors of size embeddingDim; input holds integer indices of any shape. */
public final class Embedding extends Module {
    private final int numEmbeddings;
    private final int embeddingDim;
    public final Tensor weight;

    public Embedding(int numEmbeddings, int embeddingDim) {
        if (numEmbeddings < 1 || embeddingDim < 1) {
            throw new IllegalArgumentException("Embedding: sizes must be positive, got num=" + numEmbeddings + ", dim=" + embeddingDim);
        }
        this.numEmbeddings = numEmbeddings;
        this.embeddingDim = embeddingDim;
        // PyTorch's default: N(0, 1)
        this.weight = registerParameter("weight", Tensor.randn(numEmbeddings, embeddingDim));
    }

    /** Returns input.shape + [embeddingDim]: the row of the table for every index. */
    @Override
    public Tensor forward(Tensor input) {
        return lookup(weight, input, "Embedding(" + extraRepr() + ")");
    }

    /** The functional form: rows of {@code table} picked by the integer values of {@code indices}. */
    public static Tensor lookup(Tensor table, Tensor indices, String who) {
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

    @Override
    protected String extraRepr() {
        return numEmbeddings + ", " + embeddingDim;
    }
}
