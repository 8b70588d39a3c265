"""Safetensors files written by PyTorch, for jgrad's reader tests (core/src/test/resources/safetensors/).

Run: "$(scripts/ensure-torch-test.sh)" scripts/torch_reference/safetensors_files.py
A Linear + BatchNorm1d after two training steps (so the running statistics and the I64 num_batches_tracked
are not their defaults), its state_dict as torch_linear_batchnorm.safetensors, and an input with its eval-mode
output as torch_linear_batchnorm_io.safetensors.
"""
from pathlib import Path

import torch
from safetensors.torch import save_file

OUT = Path(__file__).resolve().parents[2] / "core/src/test/resources/safetensors"


def main():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4))
    model.train()
    model(torch.randn(8, 3))
    model(torch.randn(8, 3))
    model.eval()
    x = torch.randn(5, 3)
    OUT.mkdir(parents=True, exist_ok=True)
    save_file(model.state_dict(), str(OUT / "torch_linear_batchnorm.safetensors"))
    save_file({"input": x, "output": model(x).detach()}, str(OUT / "torch_linear_batchnorm_io.safetensors"))


if __name__ == "__main__":
    main()
