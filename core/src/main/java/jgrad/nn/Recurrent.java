package jgrad.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jgrad.autograd.Tensor;

/**
 * Shared machinery of RNN, LSTM and GRU: PyTorch-named parameters per layer
 * (weight_ih_l{k} [gates·hidden, in], weight_hh_l{k} [gates·hidden, hidden], bias_ih_l{k}, bias_hh_l{k}),
 * the unrolling over time and layers, and shape checks. Gradients flow back through every step
 * (backprop through time) because the loop only composes differentiable ops.
 */
public abstract class Recurrent extends Module {
    private final int inputSize;
    private final int hiddenSize;
    private final int numLayers;
    private final boolean batchFirst;
    private final boolean hasCell;

    /**
     * Registers each layer's PyTorch-named weights for {@code gates} gate blocks, drawn from U(±1/√hiddenSize);
     * {@code hasCell} for a cell state as in LSTM.
     */
    protected Recurrent(int inputSize, int hiddenSize, int numLayers, boolean batchFirst, int gates, boolean hasCell) {
        if (inputSize < 1 || hiddenSize < 1 || numLayers < 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": sizes must be positive, got input="
                    + inputSize + ", hidden=" + hiddenSize + ", layers=" + numLayers);
        }
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.numLayers = numLayers;
        this.batchFirst = batchFirst;
        this.hasCell = hasCell;
        // PyTorch's default: every weight and bias U(-1/sqrt(hidden), 1/sqrt(hidden)).
        double bound = 1.0 / Math.sqrt(hiddenSize);
        for (int layer = 0; layer < numLayers; layer++) {
            int in = layer == 0 ? inputSize : hiddenSize;
            registerParameter("weight_ih_l" + layer, Init.uniform(-bound, bound, gates * hiddenSize, in));
            registerParameter("weight_hh_l" + layer, Init.uniform(-bound, bound, gates * hiddenSize, hiddenSize));
            registerParameter("bias_ih_l" + layer, Init.uniform(-bound, bound, gates * hiddenSize));
            registerParameter("bias_hh_l" + layer, Init.uniform(-bound, bound, gates * hiddenSize));
        }
    }

    /**
     * One time step of one layer: the new {hidden, cell} (cell null when the layer has none) from the
     * input x [batch, in] and the previous hidden h and cell c [batch, hidden].
     */
    protected abstract Tensor[] step(Tensor x, Tensor h, Tensor c, Weights w);

    /** One layer's parameters, in PyTorch's layout. */
    protected record Weights(Tensor ih, Tensor hh, Tensor biasIh, Tensor biasHh) {
        /** x Wᵢₕᵀ + bᵢₕ split into the gate blocks, each [batch, hidden]. */
        public Tensor[] inputGates(Tensor x) {
            return chunks(x.matmul(ih.t()).add(biasIh), gatesOf(ih, hh));
        }

        /** h Wₕₕᵀ + bₕₕ split into the gate blocks, each [batch, hidden]. */
        public Tensor[] hiddenGates(Tensor h) {
            return chunks(h.matmul(hh.t()).add(biasHh), gatesOf(ih, hh));
        }

        /** (x Wᵢₕᵀ + bᵢₕ + h Wₕₕᵀ + bₕₕ) split into the gate blocks. */
        public Tensor[] gates(Tensor x, Tensor h) {
            return chunks(x.matmul(ih.t()).add(biasIh).add(h.matmul(hh.t())).add(biasHh), gatesOf(ih, hh));
        }

        private static int gatesOf(Tensor ih, Tensor hh) {
            return ih.size(0) / hh.size(1);
        }

        /** [batch, k·hidden] → k views [batch, hidden] (via [batch, k, hidden] with the gate dim moved first). */
        private static Tensor[] chunks(Tensor gates, int k) {
            int batch = gates.size(0), hidden = gates.size(1) / k;
            Tensor byGate = gates.reshape(batch, k, hidden).permute(1, 0, 2);
            Tensor[] out = new Tensor[k];
            for (int i = 0; i < k; i++) {
                out[i] = byGate.get(i);
            }
            return out;
        }
    }

    /** The whole output sequence; use {@link #run} for the final hidden (and cell) state too. */
    @Override
    public Tensor forward(Tensor input) {
        return run(input).output();
    }

    /** Runs from zero initial state. */
    public RnnOutput run(Tensor input) {
        return run(input, null, null, parameters());
    }

    /** Runs from the given initial hidden state (numLayers, batch, hidden); cell may be null (zeros). */
    public RnnOutput run(Tensor input, Tensor hidden, Tensor cell) {
        return run(input, hidden, cell, parameters());
    }

    /**
     * The functional form: runs with the given weights (in {@link #namedParameters} order) instead of
     * this layer's own, so gradient checks can perturb them.
     */
    public RnnOutput run(Tensor input, Tensor hidden, Tensor cell, List<Tensor> weights) {
        int[] shape = input.shape();
        if (shape.length != 3 || shape[2] != inputSize) {
            throw new IllegalArgumentException(describe() + ": expected input of shape "
                    + (batchFirst ? "(batch, seqLen, " : "(seqLen, batch, ") + inputSize + "), got " + Arrays.toString(shape));
        }
        Tensor timeMajor = batchFirst ? input.transpose(0, 1) : input;
        int seqLen = timeMajor.size(0), batch = timeMajor.size(1);
        if (seqLen == 0 || batch == 0) {
            throw new IllegalArgumentException(describe() + ": empty input of shape " + Arrays.toString(shape));
        }
        if (weights.size() != 4 * numLayers) {
            throw new IllegalArgumentException(describe() + ": expected " + 4 * numLayers
                    + " weights (weight_ih, weight_hh, bias_ih, bias_hh per layer), got " + weights.size());
        }
        checkState("hidden", hidden, batch);
        checkState("cell", cell, batch);
        if (cell != null && !hasCell) {
            throw new IllegalArgumentException(describe() + ": has no cell state, but one was given");
        }
        Tensor[] steps = new Tensor[seqLen];
        for (int t = 0; t < seqLen; t++) {
            steps[t] = timeMajor.get(t);
        }
        List<Tensor> finalHidden = new ArrayList<>(), finalCell = new ArrayList<>();
        for (int layer = 0; layer < numLayers; layer++) {
            Weights w = new Weights(weights.get(4 * layer), weights.get(4 * layer + 1), weights.get(4 * layer + 2), weights.get(4 * layer + 3));
            Tensor h = hidden == null ? Tensor.zeros(batch, hiddenSize) : hidden.get(layer);
            Tensor c = !hasCell ? null : cell == null ? Tensor.zeros(batch, hiddenSize) : cell.get(layer);
            for (int t = 0; t < seqLen; t++) {
                Tensor[] next = step(steps[t], h, c, w);
                h = next[0];
                c = next[1];
                steps[t] = h;
            }
            finalHidden.add(h);
            finalCell.add(c);
        }
        Tensor output = Tensor.stack(0, steps);
        return new RnnOutput(batchFirst ? output.transpose(0, 1) : output,
                Tensor.stack(0, finalHidden.toArray(Tensor[]::new)),
                hasCell ? Tensor.stack(0, finalCell.toArray(Tensor[]::new)) : null);
    }

    private void checkState(String what, Tensor state, int batch) {
        if (state != null && !Arrays.equals(state.shape(), new int[] {numLayers, batch, hiddenSize})) {
            throw new IllegalArgumentException(describe() + ": expected initial " + what + " of shape (numLayers, batch, hidden) = "
                    + Arrays.toString(new int[] {numLayers, batch, hiddenSize}) + ", got " + Arrays.toString(state.shape()));
        }
    }

    private String describe() {
        return getClass().getSimpleName() + "(" + extraRepr() + ")";
    }

    /** The size of the hidden state (hidden_size). */
    public int hiddenSize() {
        return hiddenSize;
    }

    @Override
    protected String extraRepr() {
        return "input=" + inputSize + ", hidden=" + hiddenSize + (numLayers > 1 ? ", layers=" + numLayers : "")
                + (batchFirst ? ", batchFirst=true" : "");
    }
}
