"""Reference trajectories of torch.optim for 3 steps from fixed parameters and per-step gradients.

Run: /usr/bin/python3 scripts/torch_reference/optimizers.py  (writes torch/optimizers.txt)
Keys: "params" (the start), "grads" ([3, n], the gradient fed at each step) and
"<case>/step<k>" the parameters after step k, for every case below.
"""
import torch

from fixture import Fixture

CASES = {
    "sgd": lambda p: torch.optim.SGD(p, lr=0.1),
    "sgd_momentum": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    "sgd_nesterov": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True),
    "sgd_weight_decay": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.5, weight_decay=0.1),
    "adagrad": lambda p: torch.optim.Adagrad(p, lr=0.1),
    "adagrad_weight_decay": lambda p: torch.optim.Adagrad(p, lr=0.1, eps=1e-8, weight_decay=0.05),
    "rmsprop": lambda p: torch.optim.RMSprop(p, lr=0.01),
    "rmsprop_weight_decay": lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, eps=1e-6, weight_decay=0.1),
    "rmsprop_momentum": lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9),
    "rmsprop_centered": lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.95, eps=1e-6, weight_decay=0.05,
                                                      momentum=0.5, centered=True),
    "adam": lambda p: torch.optim.Adam(p, lr=0.01),
    "adam_weight_decay": lambda p: torch.optim.Adam(p, lr=0.01, betas=(0.8, 0.95), eps=1e-6, weight_decay=0.1),
    "adamw": lambda p: torch.optim.AdamW(p, lr=0.01),
    "adamw_custom": lambda p: torch.optim.AdamW(p, lr=0.05, betas=(0.85, 0.99), eps=1e-7, weight_decay=0.3),
}

STEPS = 3


def main():
    gen = torch.Generator().manual_seed(7)
    start = torch.randn(5, generator=gen, dtype=torch.float64)
    grads = torch.randn(STEPS, 5, generator=gen, dtype=torch.float64)
    fixture = Fixture("optimizers.txt", "optimizers.py")
    fixture.put("params", start)
    fixture.put("grads", grads)
    for name, make in CASES.items():
        p = start.clone().requires_grad_(True)
        opt = make([p])
        for step in range(STEPS):
            p.grad = grads[step].clone()
            opt.step()
            fixture.put(f"{name}/step{step + 1}", p)
    fixture.write()


if __name__ == "__main__":
    main()
