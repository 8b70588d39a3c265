"""Notebook 02 · Gradient descent: batch vs stochastic vs mini-batch, and the learning rate."""
from cells import code, md

NAME = "02_gradient_descent"

CELLS = [
    md(r"""
# 02 · Gradient descent

Gradient descent repeats one move: compute the loss, ask autograd for its gradient, step a little *against* it. This notebook varies the two knobs of that move — **how many examples** each step looks at, and **how big** the step is.
"""),
    md(r"""
## Following the slope
The gradient is all gradient descent ever sees. `%plot` draws a function of one variable together with its derivative, computed by autograd. Where the derivative is positive a step against it moves left, where it is negative it moves right, and the steps stop where it crosses zero. For f(x) = x⁴ − 3x² + x, f′ crosses zero three times: at the bottom of two valleys (x ≈ −1.3 and x ≈ 1.1) and on the hilltop between them. Which valley gradient descent ends up in depends on where it starts.
"""),
    code(r"""
%plot x -> x.pow(4).sub(x.pow(2).mul(3)).add(x) --from -2 --to 2
"""),
    md(r"""
## The problem
256 points from y = 3x − 1 plus a little noise. The model ŷ = w·x + b starts at w = b = 0; the loss is the mean squared error (MSE).
"""),
    code(r"""
var data = Datasets.linear(256, new double[] {3.0}, -1.0, 0.1, 0);
var X = data.inputs();    // [256, 1]
var Y = data.targets();   // [256]

/** MSE of the model on the whole data set — the number we want to drive down. */
double fullLoss(Tensor w, Tensor b) {
    return Grad.noGrad(() -> Loss.mse(X.matmul(w).add(b), Y)).item();
}
data
"""),
    md(r"""
## One step, written out
This is all an optimizer like `SGD` does: `value ← value − lr · gradient` for every parameter, then forget the gradient so the next `backward()` starts from zero.
"""),
    code(r"""
void step(double lr, Tensor... params) {
    for (var p : params) {
        double[] v = p.toArray(), g = p.grad().toArray();
        for (int i = 0; i < v.length; i++) v[i] -= lr * g[i];
        p.assign(v);
        p.zeroGrad();
    }
}

/** Trains from w = b = 0; returns the full-data loss after every epoch (index 0 = before training). */
List<Double> fit(int batchSize, double lr, int epochs) {
    var w = Tensor.zeros(1).requiresGrad();
    var b = Tensor.zeros(1).requiresGrad();
    var curve = new ArrayList<Double>(List.of(fullLoss(w, b)));
    for (int epoch = 0; epoch < epochs; epoch++) {
        for (var batch : new DataLoader(data, batchSize, true, epoch, false)) {
            Loss.mse(batch.inputs().matmul(w).add(b), batch.targets()).backward();
            step(lr, w, b);
        }
        curve.add(fullLoss(w, b));
    }
    System.out.printf("batch %3d, lr %.3f: w = %.3f, b = %.3f, loss %.4f%n", batchSize, lr, w.item(), b.item(), curve.get(epochs));
    return curve;
}
"""),
    md(r"""
## Batch, stochastic, mini-batch
* **Batch** gradient descent uses all 256 points per step: an exact gradient, but one step per epoch.
* **Stochastic** gradient descent (SGD) uses one point per step: 256 noisy steps per epoch.
* **Mini-batch** sits in between (here 16 points, 16 steps per epoch) and is what everyone uses: nearly the speed of SGD per epoch, much less noise, and it vectorizes well.
"""),
    code(r"""
var byBatch = new LinkedHashMap<String, List<Double>>();
byBatch.put("batch (256)", fit(256, 0.1, 20));
byBatch.put("mini-batch (16)", fit(16, 0.1, 20));
byBatch.put("stochastic (1)", fit(1, 0.1, 20));
display(Plots.curves("Same learning rate, different batch sizes", "epoch", "MSE on all data", byBatch, true));
"""),
    md(r"""
Per epoch, smaller batches get further because they take more steps. The stochastic curve then stops improving at a noise floor: single-point gradients keep jittering around the minimum. Mini-batches get close to the minimum with a fraction of the jitter.
"""),
    md(r"""
## The learning rate
Too small and training crawls; too large and each step overshoots the minimum by more than it started — the loss **grows**. For this loss the curvature along b is 2, so full-batch steps diverge once lr > 2/2 = 1.
"""),
    code(r"""
var byLr = new LinkedHashMap<String, List<Double>>();
byLr.put("lr 0.01 (too small)", fit(256, 0.01, 20));
byLr.put("lr 0.5 (good)", fit(256, 0.5, 20));
byLr.put("lr 1.05 (too large)", fit(256, 1.05, 20));
display(Plots.curves("Full-batch gradient descent, three learning rates", "epoch", "MSE on all data", byLr, true));
"""),
    md(r"""
## Smarter steps
Plain gradient descent takes the same step size in every direction. In a long, narrow valley that is a bad deal: a step that is safe across the valley is tiny along it. `%landscape` draws the contour lines of such a valley — a bowl 25 times steeper in y than in x, minimum at (0, 0) — and the first 100 steps of four optimizers from the same start. SGD zig-zags across the valley; momentum builds up speed along it (and overshoots); RMSprop and Adam rescale each direction by the size of its recent gradients and head almost straight for the minimum. Notebook 04 compares them on a real network.
"""),
    code(r"""
%landscape --surface quadratic --steps 100
"""),
    md(r"""
## Checks
"""),
    code(r"""
double last(List<Double> curve) { return curve.get(curve.size() - 1); }
if (!(last(byBatch.get("mini-batch (16)")) < 0.02)) throw new AssertionError("mini-batch should reach the noise level");
if (!(last(byBatch.get("mini-batch (16)")) < last(byBatch.get("batch (256)")))) throw new AssertionError("mini-batch should beat batch per epoch");
if (!(last(byLr.get("lr 0.01 (too small)")) > 10 * last(byLr.get("lr 0.5 (good)")))) throw new AssertionError("a tiny lr should lag far behind");
if (!(last(byLr.get("lr 1.05 (too large)")) > byLr.get("lr 1.05 (too large)").get(0))) throw new AssertionError("lr 1.05 should diverge");
"all checks passed"
"""),
]
