package jgrad.nn;

import jgrad.autograd.Tensor;

/**
 * Gated recurrent unit with PyTorch's exact formula (gate order r, z, n):
 * r = σ(Wᵢᵣx + bᵢᵣ + Wₕᵣh + bₕᵣ), z = σ(Wᵢ_z x + bᵢ_z + Wₕ_z h + bₕ_z),
 * n = tanh(Wᵢₙx + bᵢₙ + r·(Wₕₙh + bₕₙ)), h' = (1 − z)·n + z·h.
 */
public final class GRU extends Recurrent {
    /**
     * torch.nn.GRU(inputSize, hiddenSize): one layer, input (seqLen, batch, inputSize); {@code forward} gives the
     * output at every step, {@code run} also the final hidden state.
     */
    public GRU(int inputSize, int hiddenSize) {
        this(inputSize, hiddenSize, 1, false);
    }

    /**
     * torch.nn.GRU(inputSize, hiddenSize, numLayers, batch_first=batchFirst): {@code numLayers} stacked layers; with
     * {@code batchFirst} inputs and outputs are (batch, seqLen, features).
     */
    public GRU(int inputSize, int hiddenSize, int numLayers, boolean batchFirst) {
        super(inputSize, hiddenSize, numLayers, batchFirst, 3, false);
    }

    @Override
    protected Tensor[] step(Tensor x, Tensor h, Tensor c, Weights w) {
        Tensor[] fromInput = w.inputGates(x), fromHidden = w.hiddenGates(h);
        Tensor reset = fromInput[0].add(fromHidden[0]).sigmoid();
        Tensor update = fromInput[1].add(fromHidden[1]).sigmoid();
        Tensor candidate = fromInput[2].add(reset.mul(fromHidden[2])).tanh();
        // (1 − z)·n + z·h, written as n + z·(h − n)
        return new Tensor[] {candidate.add(update.mul(h.sub(candidate))), null};
    }
}
