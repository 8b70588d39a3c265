package jgrad.nn;

import jgrad.autograd.Tensor;

/** A lookup table of numEmbeddings vectors of size embeddingDim; input holds integer indices of any shape. */
public final class Embedding extends Module {
    private final int numEmbeddings;
    private final int embeddingDim;
    public final Tensor weight;

    /**
     * torch.nn.Embedding(numEmbeddings, embeddingDim): a trainable [numEmbeddings, embeddingDim] table, initialised
     * N(0, 1); indices 0 .. numEmbeddings - 1 pick its rows.
     */
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
        return Functional.embedding(input, weight, "Embedding(" + extraRepr() + ")");
    }

    /**
     * The functional form: rows of {@code table} picked by the integer values of {@code indices}; {@code who}
     * names the caller in errors.
     *
     * @deprecated use {@link Functional#embedding(Tensor, Tensor)} (torch.nn.functional.embedding; note its
     *     order: indices first, then the table), which this calls; kept for one release so that notebooks written
     *     against it still run
     */
    @Deprecated
    public static Tensor lookup(Tensor table, Tensor indices, String who) {
        return Functional.embedding(indices, table, who);
    }

    @Override
    protected String extraRepr() {
        return numEmbeddings + ", " + embeddingDim;
    }
}
