#!/usr/bin/python3
"""Writes core/src/test/resources/torch/pytorch_api.txt: PyTorch's values and gradients for the
PyTorch-shaped API (full max/min with ties, var/std/norm, comparisons, argmax, in-place updates, loss
reductions), read by TorchApiReferenceTest.java (one Java lambda per case name).

Run with /usr/bin/python3 (Debian python3-torch 1.13); CI reads the committed fixture and needs no torch.
Per case: inputs "<case>/in<k>", the output "<case>/out", and for a fixed probe p the gradients
"<case>/grad<k>" of sum(out * p) w.r.t. every floating input that takes one (labels and the operands of
comparisons and in-place updates get none).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

from fixture import Fixture

gen = torch.Generator().manual_seed(11)


def randn(*shape):
    return torch.randn(tuple(shape), generator=gen, dtype=torch.float64)


def labels(n, classes):
    return torch.randint(0, classes, (n,), generator=gen).double()


def t(*values):
    return torch.tensor(values, dtype=torch.float64)


def inplace(fn):
    """Runs an in-place update on a copy of the first input under no_grad, as a notebook's SGD step does."""
    def run(x, *rest):
        with torch.no_grad():
            y = x.detach().clone()
            fn(y, *rest)
        return y
    return run


def sgd_step(w, g):
    w -= 0.1 * g  # torch's w.sub_(0.1 * g)


# name: (function, inputs, differentiable input indices)
CASES = {
    "max_all_ties": (lambda x: x.max(), [t(1, 3, 3, 2)], [0]),
    "max_all_ties_2d": (lambda x: x.max(), [t(5, 1, 5, 5, 0, -2).reshape(2, 3)], [0]),
    "min_all_ties": (lambda x: x.min(), [t(1, 1, 3, 2)], [0]),
    "max_all_no_ties": (lambda x: x.max(), [randn(3, 4)], [0]),
    "max_dim1_ties_first": (lambda x: x.max(1)[0], [t(1, 3, 3, 3, 2, 3).reshape(2, 3)], [0]),
    "min_dim0": (lambda x: x.min(0)[0], [randn(3, 4)], [0]),
    "var_all": (lambda x: x.var(), [randn(3, 4)], [0]),
    "var_all_biased": (lambda x: x.var(unbiased=False), [randn(3, 4)], [0]),
    "var_dim1": (lambda x: x.var(1), [randn(3, 4)], [0]),
    "var_dim0_keepdim_biased": (lambda x: x.var(0, unbiased=False, keepdim=True), [randn(3, 4)], [0]),
    "std_all": (lambda x: x.std(), [randn(3, 4)], [0]),
    "std_dim1": (lambda x: x.std(1), [randn(3, 4)], [0]),
    "std_dim1_keepdim_biased": (lambda x: x.std(1, unbiased=False, keepdim=True), [randn(3, 4)], [0]),
    "std_constant": (lambda x: x.std(), [t(2, 2, 2)], [0]),
    "norm_all": (lambda x: x.norm(), [randn(3, 4)], [0]),
    "norm_zero": (lambda x: x.norm(), [torch.zeros(3, dtype=torch.float64)], [0]),
    "norm_p1": (lambda x: x.norm(1), [randn(3, 4)], [0]),
    "norm_inf_ties": (lambda x: x.norm(float("inf")), [t(-3, 1, 3, 2)], [0]),
    "norm_p2_dim1": (lambda x: x.norm(2, 1), [randn(3, 4)], [0]),
    "norm_p1_dim0_keepdim": (lambda x: x.norm(1, 0, keepdim=True), [randn(3, 4)], [0]),
    "argmax_all": (lambda x: x.argmax().double(), [randn(3, 4)], []),
    "argmax_all_ties": (lambda x: x.argmax().double(), [t(1, 3, 3, 2)], []),
    "argmax_dim1_keepdim": (lambda x: x.argmax(1, keepdim=True).double(), [randn(3, 4)], []),
    "argmin_all": (lambda x: x.argmin().double(), [randn(3, 4)], []),
    "argmin_dim0": (lambda x: x.argmin(0).double(), [randn(3, 4)], []),
    "eq": (lambda a, b: (a == b).double(), [t(1, 2, 3, 4), t(1, 0, 3, 5)], []),
    "eq_count": (lambda a, b: (a == b).sum().double(), [t(0, 2, 1, 1, 2), t(0, 1, 1, 1, 0)], []),
    "eq_accuracy": (lambda a, b: (a == b).double().mean(), [t(0, 2, 1, 1, 2), t(0, 1, 1, 1, 0)], []),
    "ne_broadcast": (lambda a, b: (a != b).double(), [t(1, 2, 3, 1, 2, 3).reshape(2, 3), t(1, 5, 3)], []),
    "gt_broadcast": (lambda a, b: (a > b).double(), [randn(3, 4), randn(4)], []),
    "lt_broadcast": (lambda a, b: (a < b).double(), [randn(3, 1), randn(4)], []),
    "ge_ties": (lambda a, b: (a >= b).double(), [t(1, 2, 3), t(2, 2, 2)], []),
    "le_ties": (lambda a, b: (a <= b).double(), [t(1, 2, 3), t(2, 2, 2)], []),
    "gt_scalar": (lambda a: (a > 0.25).double(), [randn(3, 4)], []),
    "eq_nan": (lambda a, b: (a == b).double(), [t(float("nan"), 1), t(float("nan"), 1)], []),
    "ne_nan": (lambda a, b: (a != b).double(), [t(float("nan"), 1), t(float("nan"), 1)], []),
    "sub_inplace_sgd_step": (inplace(sgd_step), [randn(3, 4), randn(3, 4)], []),
    "add_inplace_broadcast": (inplace(lambda y, b: y.add_(b)), [randn(3, 4), randn(4)], []),
    "mul_inplace_scalar": (inplace(lambda y: y.mul_(-1.5)), [randn(3, 4)], []),
    "div_inplace": (inplace(lambda y, b: y.div_(b)), [randn(2, 3), randn(2, 1).abs() + 0.5], []),
    "clamp_inplace": (inplace(lambda y: y.clamp_(-0.5, 0.5)), [randn(3, 4)], []),
    "zero_inplace": (inplace(lambda y: y.zero_()), [randn(2, 3)], []),
    "fill_inplace": (inplace(lambda y: y.fill_(2.5)), [randn(2, 3)], []),
    "copy_inplace_broadcast": (inplace(lambda y, s: y.copy_(s)), [randn(2, 3), randn(3)], []),
    "sub_inplace_transposed_view": (inplace(lambda y, s: y.t().sub_(s)), [randn(2, 3), randn(3, 2)], []),
    "mse_sum": (lambda p, y: nn.MSELoss(reduction="sum")(p, y), [randn(4, 3), randn(4, 3)], [0, 1]),
    "mse_none": (lambda p, y: nn.MSELoss(reduction="none")(p, y), [randn(4, 3), randn(4, 3)], [0, 1]),
    "l1_sum": (lambda p, y: nn.L1Loss(reduction="sum")(p, y), [randn(4, 3), randn(4, 3)], [0, 1]),
    "l1_none": (lambda p, y: nn.L1Loss(reduction="none")(p, y), [randn(4, 3), randn(4, 3)], [0, 1]),
    "huber_default": (lambda p, y: nn.HuberLoss()(p, y), [randn(4, 3) * 2, randn(4, 3)], [0, 1]),
    "huber_none_0.5": (lambda p, y: nn.HuberLoss(reduction="none", delta=0.5)(p, y), [randn(4, 3), randn(4, 3)], [0, 1]),
    "cross_entropy_mean": (lambda z, y: nn.CrossEntropyLoss()(z, y.long()), [randn(5, 4) * 3, labels(5, 4)], [0]),
    "cross_entropy_sum": (lambda z, y: nn.CrossEntropyLoss(reduction="sum")(z, y.long()), [randn(5, 4), labels(5, 4)], [0]),
    "cross_entropy_none": (lambda z, y: nn.CrossEntropyLoss(reduction="none")(z, y.long()), [randn(5, 4), labels(5, 4)], [0]),
    "nll_none": (lambda z, y: nn.NLLLoss(reduction="none")(z, y.long()), [F.log_softmax(randn(5, 4), 1), labels(5, 4)], [0]),
    "nll_sum": (lambda z, y: nn.NLLLoss(reduction="sum")(z, y.long()), [F.log_softmax(randn(5, 4), 1), labels(5, 4)], [0]),
    "bce_mean": (lambda p, y: nn.BCELoss()(p, y), [torch.sigmoid(randn(6)), (randn(6) > 0).double()], [0, 1]),
    "bce_none": (lambda p, y: nn.BCELoss(reduction="none")(p, y), [torch.sigmoid(randn(6)), (randn(6) > 0).double()], [0, 1]),
    "bce_with_logits_sum": (lambda z, y: nn.BCEWithLogitsLoss(reduction="sum")(z, y), [randn(6) * 4, (randn(6) > 0).double()], [0, 1]),
    "bce_with_logits_none": (lambda z, y: nn.BCEWithLogitsLoss(reduction="none")(z, y), [randn(6) * 4, (randn(6) > 0).double()], [0, 1]),
}


def main():
    fixture = Fixture("pytorch_api.txt", "pytorch_api.py")
    for name, (fn, inputs, differentiable) in CASES.items():
        args = [x.clone().requires_grad_(k in differentiable) for k, x in enumerate(inputs)]
        out = fn(*args)
        probe = randn(*out.shape)
        if differentiable:
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
