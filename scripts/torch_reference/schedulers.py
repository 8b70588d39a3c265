"""Learning rates of torch.optim.lr_scheduler over a few epochs, for the Java schedulers to match.

Run: /usr/bin/python3 scripts/torch_reference/schedulers.py  (writes torch/schedulers.txt)
"<case>": the rate after construction, then after each scheduler step (optimizer.step() first,
as PyTorch requires). "plateau/metrics": the metric fed to ReduceLROnPlateau at each step.
"""
import torch

from fixture import Fixture

EPOCHS = 12
BASE_LR = 0.1
CASES = {
    "step": lambda opt: torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5),
    "exponential": lambda opt: torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9),
    "cosine": lambda opt: torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=8, eta_min=0.001),
    # LinearLR from 1/4 to 1 over 3 steps is jgrad's LinearWarmup(4)
    "warmup": lambda opt: torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.25, total_iters=3),
    "one_cycle": lambda opt: torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.5, total_steps=EPOCHS + 1),
}
METRICS = [1.0, 0.9, 0.95, 0.91, 0.92, 0.85, 0.86, 0.85, 0.88, 0.849, 0.9, 0.9]


def optimizer():
    return torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=BASE_LR, momentum=0.9)


def main():
    fixture = Fixture("schedulers.txt", "schedulers.py")
    for name, make in CASES.items():
        opt = optimizer()
        scheduler = make(opt)
        rates = [opt.param_groups[0]["lr"]]
        for _ in range(EPOCHS):
            opt.step()
            scheduler.step()
            rates.append(opt.param_groups[0]["lr"])
        fixture.put(name, rates)
    opt = optimizer()
    plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=2, threshold=1e-4)
    rates = [opt.param_groups[0]["lr"]]
    for metric in METRICS:
        opt.step()
        plateau.step(metric)
        rates.append(opt.param_groups[0]["lr"])
    fixture.put("plateau", rates)
    fixture.put("plateau/metrics", METRICS)
    fixture.write()


if __name__ == "__main__":
    main()
