package jgrad.nn;

import jgrad.autograd.Tensor;

/**
 * Long short-term memory, as torch.nn.LSTM with gate order i, f, g, o:
 * c' = σ(f)·c + σ(i)·tanh(g), h' = σ(o)·tanh(c').
 */
public final class LSTM extends Recurrent {
    /**
     * torch.nn.LSTM(inputSize, hiddenSize): one layer, input (seqLen, batch, inputSize); {@code forward} gives the
     * output (seqLen, batch, hiddenSize), {@code run} also the final hidden and cell states.
     */
    public LSTM(int inputSize, int hiddenSize) {
        this(inputSize, hiddenSize, 1, false);
    }

    /**
     * torch.nn.LSTM(inputSize, hiddenSize, numLayers, batch_first=batchFirst): {@code numLayers} stacked layers; with
     * {@code batchFirst} inputs and outputs are (batch, seqLen, features).
     */
    public LSTM(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        super(inputSize, hiddenSize, numLayers, batchFirst, 4, true);
    }

    @Override
    protected Tensor[] step(Tensor x, Tensor h, Tensor c, Weights w) {
        Tensor[] gates = w.gates(x, h);
        Tensor input = gates[0].sigmoid(), forget = gates[1].sigmoid(), candidate = gates[2].tanh(), output = gates[3].sigmoid();
        Tensor cell = forget.mul(c).add(input.mul(candidate));
        return new Tensor[] {output.mul(cell.tanh()), cell};
    }
}
