package jgrad.nn;

import jgrad.autograd.Tensor;

/** Elman RNN with tanh: h' = tanh(x Wᵢₕᵀ + bᵢₕ + h Wₕₕᵀ + bₕₕ), as torch.nn.RNN. */
public final class RNN extends Recurrent {
    /**
     * torch.nn.RNN(inputSize, hiddenSize): one tanh layer, input (seqLen, batch, inputSize); {@code forward} gives the
     * output at every step, {@code run} also the final hidden state.
     */
    public RNN(int inputSize, int hiddenSize) {
        this(inputSize, hiddenSize, 1, false);
    }

    /**
     * torch.nn.RNN(inputSize, hiddenSize, numLayers, batch_first=batchFirst): {@code numLayers} stacked layers; with
     * {@code batchFirst} inputs and outputs are (batch, seqLen, features).
     */
    public RNN(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        super(inputSize, hiddenSize, numLayers, batchFirst, 1, false);
    }

    @Override
    protected Tensor[] step(Tensor x, Tensor h, Tensor c, Weights w) {
        return new Tensor[] {w.gates(x, h)[0].tanh(), null};
    }
}
