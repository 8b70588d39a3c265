package jgrad.nn;

import jgrad.autograd.Tensor;

/**
 * What a recurrent layer returns, as PyTorch's (output, h_n) or (output, (h_n, c_n)):
 * output holds the last layer's hidden state at every step, (seqLen, batch, hidden) or
 * (batch, seqLen, hidden) when batchFirst; hidden and cell are (numLayers, batch, hidden)
 * after the last step. cell is null except for LSTM.
 */
public record RnnOutput(Tensor output, Tensor hidden, Tensor cell) {
}
