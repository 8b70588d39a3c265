#!/usr/bin/python3
"""Writes core/src/test/resources/torch/core_ops.txt: PyTorch float64 forward values and gradients per op,
and core_ops_float32.txt: the same cases run in float32 (inputs and gout rounded to float32 first).

Run with /usr/bin/python3 (Debian python3-torch 1.13); CI reads the committed fixture and needs no torch.
Format: see fixture.py (one tensor per line; values are Python float reprs, an exact round trip).
For each case: in0, in1.. inputs; gout the upstream gradient; out the forward value; grad0, grad1.. the input
gradients of out.backward(gout). Case names match the lambdas in TorchCoreOpsTest.java.
"""
import torch

from fixture import Fixture

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)


def rnd(*shape):
    return torch.randn(*shape)


def pos(*shape):  # strictly positive inputs for log, sqrt, pow, div
    return torch.rand(*shape) * 1.5 + 0.5


CASES = {
    # elementwise and broadcasting
    "add_broadcast": (lambda a, b: a + b, [rnd(2, 3), rnd(3)]),
    "sub_broadcast": (lambda a, b: a - b, [rnd(2, 1, 3), rnd(4, 1)]),
    "mul_broadcast": (lambda a, b: a * b, [rnd(2, 3), rnd(2, 1)]),
    "div_broadcast": (lambda a, b: a / b, [rnd(2, 3), pos(3)]),
    "add_scalar": (lambda a: a + 1.5, [rnd(4)]),
    "mul_scalar": (lambda a: a * -2.5, [rnd(4)]),
    "div_scalar": (lambda a: a / 3.0, [rnd(4)]),
    "neg": (lambda a: -a, [rnd(2, 3)]),
    "pow": (lambda a: a ** 2.5, [pos(2, 3)]),
    "exp": (lambda a: a.exp(), [rnd(2, 3)]),
    "log": (lambda a: a.log(), [pos(2, 3)]),
    "sqrt": (lambda a: a.sqrt(), [pos(2, 3)]),
    "abs": (lambda a: a.abs(), [rnd(2, 3)]),
    "sin": (lambda a: a.sin(), [rnd(2, 3)]),
    "cos": (lambda a: a.cos(), [rnd(2, 3)]),
    "tanh": (lambda a: a.tanh(), [rnd(2, 3)]),
    "sigmoid": (lambda a: a.sigmoid(), [rnd(2, 3)]),
    "relu": (lambda a: a.relu(), [rnd(2, 3)]),
    "clamp": (lambda a: a.clamp(-0.5, 0.5), [rnd(3, 4)]),
    # matmul
    "matmul_2d": (lambda a, b: a @ b, [rnd(3, 4), rnd(4, 2)]),
    "matmul_batched_broadcast": (lambda a, b: a @ b, [rnd(2, 1, 3, 4), rnd(3, 4, 2)]),
    "matmul_batched_matrix": (lambda a, b: a @ b, [rnd(2, 3, 4), rnd(4, 5)]),
    "matmul_vec_mat": (lambda a, b: a @ b, [rnd(4), rnd(4, 3)]),
    "matmul_mat_vec": (lambda a, b: a @ b, [rnd(3, 4), rnd(4)]),
    "matmul_transposed_view": (lambda a, b: a.t() @ b, [rnd(4, 3), rnd(4, 2)]),
    # reductions
    "sum_all": (lambda a: a.sum(), [rnd(2, 3, 4)]),
    "sum_dim0": (lambda a: a.sum(0), [rnd(2, 3, 4)]),
    "sum_dim1": (lambda a: a.sum(1), [rnd(2, 3, 4)]),
    "sum_dim_last": (lambda a: a.sum(-1), [rnd(2, 3, 4)]),
    "mean_all": (lambda a: a.mean(), [rnd(2, 3, 4)]),
    "mean_dim1": (lambda a: a.mean(1), [rnd(2, 3, 4)]),
    "max_all": (lambda a: a.max(), [rnd(3, 4)]),
    "max_dim0": (lambda a: a.max(0)[0], [rnd(3, 4)]),
    "max_dim1": (lambda a: a.max(1)[0], [rnd(3, 4)]),
    "softmax_dim1": (lambda a: a.softmax(1), [rnd(3, 4)]),
    "softmax_dim0": (lambda a: a.softmax(0), [rnd(3, 4)]),
    "log_softmax_last": (lambda a: a.log_softmax(-1), [rnd(2, 3, 4)]),
    # views and slicing
    "reshape": (lambda a: a.reshape(4, 6), [rnd(2, 3, 4)]),
    "transpose": (lambda a: a.transpose(0, 2), [rnd(2, 3, 4)]),
    "permute": (lambda a: a.permute(2, 0, 1), [rnd(2, 3, 4)]),
    "t_then_exp": (lambda a: a.t().exp(), [rnd(3, 4)]),
    "unsqueeze_squeeze": (lambda a: a.unsqueeze(1).squeeze(), [rnd(3, 1, 4)]),
    "expand": (lambda a: a.expand(2, 3, 4), [rnd(3, 1)]),
    "select": (lambda a: a[1], [rnd(3, 4)]),
    "select_two": (lambda a: a[-1, 2], [rnd(3, 4, 2)]),
    "slice_dim1": (lambda a: a[:, 1:3], [rnd(3, 4)]),
    "slice_step": (lambda a: a[:, ::2], [rnd(3, 5)]),
    "slice_negative": (lambda a: a[-2:], [rnd(4, 3)]),
    "narrow": (lambda a: a.narrow(1, 1, 2), [rnd(3, 4)]),
    "slice_of_transpose": (lambda a: a.t()[1:, :2] * 2, [rnd(3, 4)]),
    "cat_dim1": (lambda a, b: torch.cat([a, b], 1), [rnd(2, 3), rnd(2, 2)]),
    "stack_dim0": (lambda a, b: torch.stack([a, b], 0), [rnd(2, 3), rnd(2, 3)]),
    "where": (lambda a, b: torch.where(a > 0, a, b), [rnd(3, 4), rnd(4)]),
    "masked_fill": (lambda a: a.masked_fill(a > 0, 0.5), [rnd(3, 4)]),
    "clone_times_self": (lambda a: a.clone() * a, [rnd(2, 3)]),
    # composites
    "mlp_layer": (lambda x, w, b: (x @ w.t() + b).tanh().mean(0), [rnd(5, 3), rnd(4, 3), rnd(4)]),
}


def run_case(fixture, name, fn, inputs, gout):
    xs = [x.clone().requires_grad_(True) for x in inputs]
    out = fn(*xs)
    out.backward(gout)
    for i, x in enumerate(xs):
        fixture.put(f"{name}.in{i}", x)
    fixture.put(f"{name}.gout", gout)
    fixture.put(f"{name}.out", out)
    for i, x in enumerate(xs):
        fixture.put(f"{name}.grad{i}", x.grad)


def main():
    fixture = Fixture("core_ops.txt", "core_ops.py")
    float32 = Fixture("core_ops_float32.txt", "core_ops.py")
    for name, (fn, inputs) in CASES.items():
        with torch.no_grad():
            shape = fn(*inputs).shape
        gout = torch.randn(shape)
        run_case(fixture, name, fn, inputs, gout)
        run_case(float32, name, fn, [x.float() for x in inputs], gout.float())
    # higher order: first and second derivative of sum(x^3)
    x = torch.randn(5).requires_grad_(True)
    (d1,) = torch.autograd.grad((x ** 3).sum(), x, create_graph=True)
    (d2,) = torch.autograd.grad(d1.sum(), x)
    fixture.put("cube.in0", x)
    fixture.put("cube.d1", d1)
    fixture.put("cube.d2", d2)
    fixture.write()
    float32.write()


if __name__ == "__main__":
    main()
