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

    @Override
    protected String extraRepr() {
        return numEmbeddings + ", " + embeddingDim;
    }
}
