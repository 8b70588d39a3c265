"""Notebook 03 · Backprop by hand: the chain rule on a 2-layer MLP, checked against autograd."""
from cells import code, md

NAME = "03_backprop_by_hand"

CELLS = [
    md(r"""
# 03 · Backprop by hand

`backward()` is not magic: it is the chain rule, applied from the loss back to the weights, one operation at a time. Here we write every step of it out for a small two-layer network and check that autograd computes exactly the same numbers.
"""),
    md(r"""
## The network
Four examples with three features, a hidden layer of five tanh units, one output, mean squared error:

$$z = xW_1 + b_1,\quad h = \tanh(z),\quad \hat y = hW_2 + b_2,\quad L = \tfrac1N\textstyle\sum (\hat y - y)^2$$

Everything is in float64 so that the comparison is exact to ~1e-15.
"""),
    code(r"""
Tensor.manualSeed(0);
var x  = Tensor.randn(4, 3).to(DType.FLOAT64);
var y  = Tensor.randn(4, 1).to(DType.FLOAT64);
var W1 = Tensor.randn(3, 5).to(DType.FLOAT64).requiresGrad();
var b1 = Tensor.zeros(5).to(DType.FLOAT64).requiresGrad();
var W2 = Tensor.randn(5, 1).to(DType.FLOAT64).requiresGrad();
var b2 = Tensor.zeros(1).to(DType.FLOAT64).requiresGrad();
int N = x.size(0);
"""),
    md(r"""
## Forward pass
Keep every intermediate: the backward pass needs them.
"""),
    code(r"""
var z    = x.matmul(W1).add(b1);
var h    = z.tanh();
var yHat = h.matmul(W2).add(b2);
var loss = yHat.sub(y).pow(2).mean();
loss
"""),
    md(r"""
## Backward pass, one line per rule
Walk the forward pass in reverse. Each line multiplies the gradient arriving from above by the local derivative of one operation:

| step | rule |
|---|---|
| ∂L/∂ŷ = 2(ŷ − y)/N | derivative of the mean of squares |
| ∂L/∂W₂ = hᵀ · ∂L/∂ŷ, ∂L/∂b₂ = Σ ∂L/∂ŷ | a matmul sends the gradient to each factor; a broadcast bias sums it over the batch |
| ∂L/∂h = ∂L/∂ŷ · W₂ᵀ | back through the second matmul |
| ∂L/∂z = ∂L/∂h ⊙ (1 − h²) | tanh′(z) = 1 − tanh²(z) |
| ∂L/∂W₁ = xᵀ · ∂L/∂z, ∂L/∂b₁ = Σ ∂L/∂z | the first layer, like the second |

`Grad.noGrad` keeps these hand computations out of the graph.
"""),
    code(r"""
var manual = Grad.noGrad(() -> {
    var dYHat = yHat.sub(y).mul(2.0 / N);
    var dW2   = h.t().matmul(dYHat);
    var db2   = dYHat.sum(0);
    var dH    = dYHat.matmul(W2.t());
    var dZ    = dH.mul(h.pow(2).neg().add(1));
    var dW1   = x.t().matmul(dZ);
    var db1   = dZ.sum(0);
    return List.of(dW1, db1, dW2, db2);
});
manual.get(0)
"""),
    md(r"""
## Autograd does the same
One call fills `.grad()` of every leaf. They agree with our hand-written gradients to the last bit (at worst to float64 rounding, if the operations were ordered differently).
"""),
    code(r"""
loss.backward();
var params = List.of(W1, b1, W2, b2);
var names = List.of("W1", "b1", "W2", "b2");
double worst = 0;
for (int i = 0; i < params.size(); i++) {
    double diff = params.get(i).grad().sub(manual.get(i)).abs().max().item();
    worst = Math.max(worst, diff);
    System.out.printf("%-2s  max |autograd - manual| = %.2e%n", names.get(i), diff);
}
"""),
    md(r"""
## The graph autograd walked
`%graph` draws what the forward pass recorded: the inputs and parameters at the top, one node per operation, the loss at the bottom. `backward()` visits these nodes in reverse — exactly the rows of the table above, bottom to top — and each node now shows the norm of the gradient that reached it.
"""),
    code(r"""
%graph loss
"""),
    md(r"""
## A third opinion: finite differences
`%gradcheck` nudges every input by ±ε and measures how the loss moves — no chain rule at all — then compares with autograd, in float64. The table shows both gradients and their relative error, coloured green below 1e-7 and red above 1e-2. If a backward formula were wrong, this is how you would find out.
"""),
    code(r"""
Function<Tensor[], Tensor> mlpLoss = p -> x.matmul(p[0]).add(p[1]).tanh().matmul(p[2]).add(p[3]).sub(y).pow(2).mean();
"""),
    code(r"""
%gradcheck mlpLoss W1.detach(), b1.detach(), W2.detach(), b2.detach()
"""),
    md(r"""
## Checks
"""),
    code(r"""
if (!(worst < 1e-12)) throw new AssertionError("hand-written backprop should match autograd, worst diff " + worst);
var check = GradCheck.check(mlpLoss, W1.detach(), b1.detach(), W2.detach(), b2.detach());   // the same check as %gradcheck, as a value
if (!check.passed()) throw new AssertionError("gradcheck failed: " + check);
"all checks passed"
"""),
]
