"""Notebook 00 · A quick tour of jgrad."""
from cells import code, md

NAME = "00_quick_tour"

CELLS = [
    md(r"""
# 00 · A quick tour of jgrad

Every cell is plain Java — tensors, `backward()` and charts are imported already — or a `%magic` that shows what autograd sees (`%lsmagic` lists them; each has `--help`).
"""),
    md(r"""
A tensor that **requires grad** remembers every operation applied to it, so it can be differentiated later.
"""),
    code(r"""
var x = Tensor.of(1, 2, 3).requiresGrad();
var y = x.mul(x).sum();   // y = x1² + x2² + x3²
y
"""),
    md(r"""
`backward()` walks the graph from `y` back to the leaves and stores dy/dx in `x.grad()`. For y = Σ xᵢ², that is 2x.
"""),
    code(r"""
y.backward();
x.grad()
"""),
    md(r"""
`%graph` draws the graph that `backward()` just walked: the leaf `x` at the top, one node per operation, `y` at the bottom — each with its shape, a summary of its values and the norm of its gradient.
"""),
    code(r"""
%graph y
"""),
    md(r"""
Gradient descent on y = (w − 3)² by hand: step against the gradient and watch the loss fall.
"""),
    code(r"""
var w = Tensor.scalar(0.0).requiresGrad();
var losses = new ArrayList<Double>();
for (int step = 0; step < 30; step++) {
    var loss = w.sub(3).pow(2);
    loss.backward();
    double g = w.grad().item();
    w = Tensor.scalar(w.item() - 0.1 * g).requiresGrad();  // a fresh leaf for the next step
    losses.add(loss.item());
}
System.out.printf("w = %.4f after 30 steps%n", w.item());
display(Plots.lossCurve(losses));
"""),
    md(r"""
## A network, trained with a live chart
A two-layer MLP learns to separate two interleaving half-moons. The `%%track` magic on the first line of the training cell turns `log("loss", v)` calls into a chart that redraws in place while the cell runs; `progress(i, n)` adds a progress line with steps per second and the time left.
"""),
    code(r"""
Tensor.manualSeed(0);
var moons = Datasets.moons(200, 0.1, 0);
var model = new Sequential(new Linear(2, 16), new ReLU(), new Linear(16, 2));
var optimizer = new Adam(model.parameters(), 0.05);
var trainLoss = new ArrayList<Double>();
"""),
    code(r"""
%%track --log-y
for (int epoch = 0; epoch < 100; epoch++) {
    var loss = Loss.crossEntropy(model.call(moons.inputs()), moons.targets());
    optimizer.zeroGrad();
    loss.backward();
    optimizer.step();
    trainLoss.add(loss.item());
    log("loss", loss.item());
    progress(epoch + 1, 100);
    step();
}
"""),
    code(r"""
double[] predicted = Grad.noGrad(() -> model.call(moons.inputs()).argmax(1)).toArray();
double[] labels = moons.targets().toArray();
double accuracy = (double) IntStream.range(0, labels.length).filter(i -> predicted[i] == labels[i]).count() / labels.length;
System.out.printf("final loss %.4f, training accuracy %.1f%%%n", trainLoss.get(trainLoss.size() - 1), 100 * accuracy);
"""),
    md(r"""
## When a loss turns NaN
`%anomaly on` makes autograd check every result: the first operation that turns finite numbers into NaN or Inf fails at once, with its name, instead of poisoning everything downstream. Here the `log` of a probability that underflowed to 0 is caught:
"""),
    code(r"""
%anomaly on
"""),
    code(r"""
var probabilities = Tensor.of(0.5, 0.0).requiresGrad();
String anomaly;
try {
    probabilities.log().neg().sum().backward();   // log(0) = -Inf
    anomaly = "no anomaly";
} catch (ArithmeticException e) {
    anomaly = e.getMessage();
}
anomaly
"""),
    code(r"""
%anomaly off
"""),
    md(r"""
The last cell checks the numbers the tour promised.
"""),
    code(r"""
if (Math.abs(x.grad().toArray()[2] - 6.0) > 1e-6) throw new AssertionError("dy/dx3 should be 6");
if (!(losses.get(losses.size() - 1) < 1e-3 * losses.get(0))) throw new AssertionError("loss did not fall");
if (!(accuracy > 0.95)) throw new AssertionError("the MLP should separate the moons, accuracy " + accuracy);
if (!anomaly.contains("'log'")) throw new AssertionError("anomaly mode should name the log, got: " + anomaly);
"all checks passed"
"""),
]
