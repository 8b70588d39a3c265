"""Reference values of torch.nn.BatchNorm1d/2d: two training steps, then evaluation.

Run: /usr/bin/python3 scripts/torch_reference/batchnorm.py  (writes torch/batchnorm.txt)
Per case: weight, bias, inputs x1, x2 (training) and x3 (eval), probe p; outputs y1, y2, y3;
running_mean/var after the training steps; grads of sum(y1 * p) w.r.t. x1, weight, bias.
"""
import torch

from fixture import Fixture

CASES = {
    "bn1d_2d": (torch.nn.BatchNorm1d, (4, 3), {}),
    "bn1d_3d": (torch.nn.BatchNorm1d, (4, 3, 5), {"momentum": 0.3}),
    "bn2d": (torch.nn.BatchNorm2d, (3, 2, 4, 4), {"eps": 1e-3}),
}


def main():
    gen = torch.Generator().manual_seed(11)
    fixture = Fixture("batchnorm.txt", "batchnorm.py")
    for name, (layer_class, shape, options) in CASES.items():
        channels = shape[1]
        layer = layer_class(channels, **options).double()
        with torch.no_grad():
            layer.weight.copy_(torch.randn(channels, generator=gen, dtype=torch.float64))
            layer.bias.copy_(torch.randn(channels, generator=gen, dtype=torch.float64))
        xs = [torch.randn(shape, generator=gen, dtype=torch.float64) * 2 + 1 for _ in range(3)]
        probe = torch.randn(shape, generator=gen, dtype=torch.float64)
        fixture.put(f"{name}/weight", layer.weight)
        fixture.put(f"{name}/bias", layer.bias)
        fixture.put(f"{name}/probe", probe)
        x1 = xs[0].clone().requires_grad_(True)
        y1 = layer(x1)
        (y1 * probe).sum().backward()
        y2 = layer(xs[1])
        layer.eval()
        y3 = layer(xs[2])
        for i, (x, y) in enumerate(zip(xs, (y1, y2, y3)), start=1):
            fixture.put(f"{name}/x{i}", x)
            fixture.put(f"{name}/y{i}", y)
        fixture.put(f"{name}/running_mean", layer.running_mean)
        fixture.put(f"{name}/running_var", layer.running_var)
        fixture.put(f"{name}/grad_x1", x1.grad)
        fixture.put(f"{name}/grad_weight", layer.weight.grad)
        fixture.put(f"{name}/grad_bias", layer.bias.grad)
    fixture.write()


if __name__ == "__main__":
    main()
