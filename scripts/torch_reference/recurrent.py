"""Reference values of torch.nn.RNN/LSTM/GRU for the same weights: outputs, final states and gradients.

Run: /usr/bin/python3 scripts/torch_reference/recurrent.py  (writes torch/recurrent.txt)
Per case: every parameter by its PyTorch name, x, h0 (and c0 for LSTM), probe; output, h_n (c_n);
grad/<name> for x and each parameter of sum(output * probe) + sum(h_n).
"""
import torch

from fixture import Fixture

# name: (class, input, hidden, layers, batch_first, seq_len, batch)
CASES = {
    "rnn": (torch.nn.RNN, 3, 4, 1, False, 5, 2),
    "rnn_2layer_batchfirst": (torch.nn.RNN, 2, 3, 2, True, 4, 3),
    "lstm": (torch.nn.LSTM, 3, 4, 1, False, 5, 2),
    "lstm_2layer_batchfirst": (torch.nn.LSTM, 2, 3, 2, True, 4, 3),
    "gru": (torch.nn.GRU, 3, 4, 1, False, 5, 2),
    "gru_2layer_batchfirst": (torch.nn.GRU, 2, 3, 2, True, 4, 3),
}


def main():
    torch.manual_seed(3)
    fixture = Fixture("recurrent.txt", "recurrent.py")
    for name, (layer_class, inputs, hidden, layers, batch_first, seq_len, batch) in CASES.items():
        layer = layer_class(inputs, hidden, num_layers=layers, batch_first=batch_first).double()
        shape = (batch, seq_len, inputs) if batch_first else (seq_len, batch, inputs)
        x = torch.randn(shape, dtype=torch.float64, requires_grad=True)
        h0 = torch.randn(layers, batch, hidden, dtype=torch.float64)
        if layer_class is torch.nn.LSTM:
            c0 = torch.randn(layers, batch, hidden, dtype=torch.float64)
            output, (h_n, c_n) = layer(x, (h0, c0))
            fixture.put(f"{name}/c0", c0)
            fixture.put(f"{name}/c_n", c_n)
        else:
            output, h_n = layer(x, h0)
        probe = torch.randn(output.shape, dtype=torch.float64)
        ((output * probe).sum() + h_n.sum()).backward()
        for param_name, p in layer.named_parameters():
            fixture.put(f"{name}/{param_name}", p)
            fixture.put(f"{name}/grad/{param_name}", p.grad)
        fixture.put(f"{name}/x", x)
        fixture.put(f"{name}/h0", h0)
        fixture.put(f"{name}/probe", probe)
        fixture.put(f"{name}/output", output)
        fixture.put(f"{name}/h_n", h_n)
        fixture.put(f"{name}/grad/x", x.grad)
    fixture.write()


if __name__ == "__main__":
    main()
