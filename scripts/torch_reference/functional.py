"""Reference values and gradients of conv, pooling, activations, layer norm and losses.

Run: /usr/bin/python3 scripts/torch_reference/functional.py  (writes torch/functional.txt)
Per case: inputs "<case>/in<k>", the output "<case>/out", and for a fixed probe p the gradients
"<case>/grad<k>" of sum(out * p) w.r.t. every floating input (class labels get none).
"""
import torch
import torch.nn.functional as F

from fixture import Fixture

gen = torch.Generator().manual_seed(5)


def randn(*shape):
    return torch.randn(tuple(shape), generator=gen, dtype=torch.float64)


def labels(n, classes):
    return torch.randint(0, classes, (n,), generator=gen).double()


CASES = {
    "conv_stride2_pad1": (lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1), [randn(2, 3, 7, 7), randn(4, 3, 3, 3), randn(4)]),
    "conv_no_bias": (lambda x, w: F.conv2d(x, w), [randn(1, 2, 5, 5), randn(3, 2, 2, 2)]),
    "max_pool_2": (lambda x: F.max_pool2d(x, 2), [randn(2, 2, 6, 6)]),
    "max_pool_3_stride_2": (lambda x: F.max_pool2d(x, 3, 2), [randn(1, 2, 7, 7)]),
    "avg_pool_2_stride_1": (lambda x: F.avg_pool2d(x, 2, 1), [randn(1, 3, 5, 5)]),
    "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), [randn(3, 4)]),
    "leaky_relu_0.2": (lambda x: F.leaky_relu(x, 0.2), [randn(3, 4)]),
    "softmax_dim1": (lambda x: F.softmax(x, 1), [randn(3, 4)]),
    "log_softmax_dim1": (lambda x: F.log_softmax(x, 1), [randn(3, 4)]),
    "layer_norm_last2": (lambda x, w, b: F.layer_norm(x, (3, 4), w, b), [randn(2, 3, 4), randn(3, 4), randn(3, 4)]),
    "mse": (F.mse_loss, [randn(4, 3), randn(4, 3)]),
    "l1": (F.l1_loss, [randn(4, 3), randn(4, 3)]),
    "huber_0.7": (lambda p, t: F.huber_loss(p, t, delta=0.7), [randn(4, 3), randn(4, 3)]),
    "cross_entropy": (lambda z, y: F.cross_entropy(z, y.long()), [randn(5, 4) * 3, labels(5, 4)]),
    "nll": (lambda z, y: F.nll_loss(z, y.long()), [F.log_softmax(randn(5, 4), 1), labels(5, 4)]),
    "bce": (F.binary_cross_entropy, [torch.sigmoid(randn(6)), (randn(6) > 0).double()]),
    "bce_with_logits": (F.binary_cross_entropy_with_logits, [randn(6) * 4, (randn(6) > 0).double()]),
}


def main():
    fixture = Fixture("functional.txt", "functional.py")
    for name, (fn, inputs) in CASES.items():
        floating = name not in ("cross_entropy", "nll")
        args = [x.clone().requires_grad_(k == 0 or floating) for k, x in enumerate(inputs)]
        out = fn(*args)
        probe = randn(*out.shape)
        (out * probe).sum().backward()
        for k, (x, arg) in enumerate(zip(inputs, args)):
            fixture.put(f"{name}/in{k}", x)
            if arg.grad is not None:
                fixture.put(f"{name}/grad{k}", arg.grad)
        fixture.put(f"{name}/out", out)
        fixture.put(f"{name}/probe", probe)
    fixture.write()


if __name__ == "__main__":
    main()
