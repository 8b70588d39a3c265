"""Notebook 01 · Autograd basics."""
from cells import code, md

NAME = "01_autograd_basics"

CELLS = [
    md(r"""
# 01 · Autograd basics

What `backward()` computes, where gradients are stored, and how to train the smallest model there is — by hand.
"""),
    md(r"""
## Tensors that remember
A tensor created with `requiresGrad()` is a **leaf**: the graph starts there. Every operation on it produces a tensor with a `gradFn` — the node that knows the operation's derivative.
"""),
    code(r"""
var a = Tensor.of(2.0).requiresGrad();
var b = Tensor.of(3.0).requiresGrad();
var c = a.mul(b).add(a);       // c = a·b + a
System.out.println(c);
System.out.println("leaf? a=" + a.isLeaf() + ", c=" + c.isLeaf() + ", c.gradFn = " + c.gradFn().name());
"""),
    md(r"""
## backward()
By the chain rule, ∂c/∂a = b + 1 = 4 and ∂c/∂b = a = 2. `backward()` fills `.grad()` of each leaf.
"""),
    code(r"""
c.backward();
System.out.println("dc/da = " + a.grad().item() + ", dc/db = " + b.grad().item());
"""),
    md(r"""
## Gradients accumulate
A second backward **adds** to `.grad()` — that is why training loops call `zeroGrad()` before each step.
"""),
    code(r"""
a.mul(b).add(a).backward();
System.out.println("after a second backward: dc/da = " + a.grad().item());
a.zeroGrad(); b.zeroGrad();
System.out.println("after zeroGrad: " + a.grad());
"""),
    md(r"""
## detach and noGrad
`detach()` gives the same values with no history; inside `Grad.noGrad` nothing is recorded — use it for evaluation and for updating weights.
"""),
    code(r"""
var d = a.mul(b).detach();
var e = Grad.noGrad(() -> a.mul(b));
System.out.println("detached requires grad? " + d.isRequiresGrad() + ", no-grad result requires grad? " + e.isRequiresGrad());
"""),
    md(r"""
## Training y = 2x by hand
Data from y = 2x; the model ŷ = w·x starts at w = 1.0. The loss is the mean squared error, and its gradient tells us which way to move w.
"""),
    code(r"""
var xs = Tensor.of(1, 2, 3, 4);
var ys = Tensor.of(2, 4, 6, 8);
double w0 = 1.0, lr = 0.02;
var ws = new ArrayList<Double>();
var losses = new ArrayList<Double>();
var w = Tensor.of(w0).requiresGrad();
for (int step = 0; step < 20; step++) {
    var loss = xs.mul(w).sub(ys).pow(2).mean();
    loss.backward();
    ws.add(w.item()); losses.add(loss.item());
    w.assign(new double[] {w.item() - lr * w.grad().item()});   // step against the gradient
    w.zeroGrad();
}
System.out.printf("w = %.4f after 20 steps (true value 2)%n", w.item());
"""),
    md(r"""
Loss as a function of w is a parabola with its minimum at w = 2; each step moves down the slope.
"""),
    code(r"""
double[] grid = new double[41], curve = new double[41];
for (int i = 0; i < grid.length; i++) {
    grid[i] = 0.5 + 2.0 * i / 40;
    curve[i] = xs.mul(grid[i]).sub(ys).pow(2).mean().item();
}
display(Plots.line("Loss vs w", "w", "loss", grid, curve));
display(Plots.lossCurve(losses));
"""),
    md(r"""
## Checks
"""),
    code(r"""
if (Math.abs(a.mul(b).add(a).item() - 8) > 1e-6) throw new AssertionError("c should be 8");
if (Math.abs(w.item() - 2.0) > 1e-2) throw new AssertionError("w should approach 2, got " + w.item());
if (!(losses.get(losses.size() - 1) < losses.get(0))) throw new AssertionError("loss did not decrease");
"all checks passed"
"""),
]
