"""PyTorch's side of tests/test_safetensors_torch.py, run with the Python of scripts/ensure-torch-test.sh.

  train DIR  trains Net a few steps and saves DIR/torch_model.safetensors and DIR/torch_io.safetensors
             (tokens, image, the eval-mode output)
  check DIR  loads DIR/jgrad_model.safetensors into a fresh Net (strict: every key, no extra ones) and prints, as
             one JSON line, how far its output on DIR/jgrad_io.safetensors is from jgrad's, before and after loading

JgradSide.java holds the same architecture in jgrad.
"""
import json
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(10, 4)
        self.lstm = torch.nn.LSTM(4, 5, batch_first=True)
        self.gru = torch.nn.GRU(5, 5, batch_first=True)
        self.conv = torch.nn.Conv2d(1, 2, 3, 1, 1)
        self.norm = torch.nn.BatchNorm2d(2)
        self.head = torch.nn.Sequential(torch.nn.Linear(5 + 2 * 4 * 4, 6), torch.nn.ReLU(), torch.nn.Linear(6, 3, bias=False))

    def forward(self, tokens, image):
        sequence, _ = self.gru(self.lstm(self.embed(tokens.long()))[0])
        features = torch.relu(self.norm(self.conv(image))).reshape(image.shape[0], -1)
        return self.head(torch.cat([sequence[:, -1], features], 1))


def train(out):
    torch.manual_seed(1)
    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), 0.05)
    for _ in range(5):
        tokens, image, target = torch.randint(0, 10, (6, 3)), torch.randn(6, 1, 4, 4), torch.randn(6, 3)
        loss = torch.nn.functional.mse_loss(model(tokens, image), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    model.eval()
    save_file(model.state_dict(), str(out / "torch_model.safetensors"))
    tokens, image = torch.randint(0, 10, (4, 3)), torch.randn(4, 1, 4, 4)
    with torch.no_grad():
        output = model(tokens, image)
    # jgrad has no integer dtype: its models take token indices as floats
    save_file({"tokens": tokens.float(), "image": image, "output": output}, str(out / "torch_io.safetensors"))


def check(out):
    io = load_file(str(out / "jgrad_io.safetensors"))
    torch.manual_seed(2)
    model = Net().eval()
    with torch.no_grad():
        before = (model(io["tokens"], io["image"]) - io["output"]).abs().max().item()
        model.load_state_dict(load_file(str(out / "jgrad_model.safetensors")), strict=True)
        after = (model(io["tokens"], io["image"]) - io["output"]).abs().max().item()
    print(json.dumps({"before": before, "after": after, "output_abs_max": io["output"].abs().max().item(),
                      "num_batches_tracked": model.norm.num_batches_tracked.item()}))


if __name__ == "__main__":
    {"train": train, "check": check}[sys.argv[1]](Path(sys.argv[2]))
