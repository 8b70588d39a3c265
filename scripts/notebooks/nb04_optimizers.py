"""Notebook 04 · Optimizers: SGD, momentum, RMSprop, Adam, AdaGrad; LR schedules; early stopping."""
from cells import code, md

NAME = "04_optimizers"

CELLS = [
    md(r"""
# 04 · Optimizers

Every optimizer gets the same thing — the gradient — and decides how far to move each weight. Plain SGD moves by `lr · grad`. The others remember something about past gradients: a running direction (**momentum**), a running size per weight (**AdaGrad**, **RMSprop**), or both (**Adam**).

All runs below start from **the same initial weights** on the same problem, so the curves differ only by the optimizer.
"""),
    md(r"""
## The problem: three interleaved spirals
300 points, 3 classes, not linearly separable — a small MLP has to bend its decision boundary around the arms.
"""),
    code(r"""
var spirals = Datasets.spirals(100, 3, 0.1, 0);
var X = spirals.inputs();
var Y = spirals.targets();

/** The same architecture and the same initial weights every time. */
Sequential freshModel() {
    Tensor.manualSeed(0);
    return new Sequential(new Linear(2, 32), new ReLU(), new Linear(32, 32), new ReLU(), new Linear(32, 3));
}

/** Full-batch training; returns the loss at every step. */
List<Double> train(Sequential model, Optimizer optimizer, int steps) {
    var curve = new ArrayList<Double>();
    for (int i = 0; i < steps; i++) {
        var loss = Loss.crossEntropy(model.call(X), Y);
        optimizer.zeroGrad();
        loss.backward();
        optimizer.step();
        curve.add(loss.item());
    }
    return curve;
}
spirals
"""),
    md(r"""
## Five optimizers, same start
Learning rates are typical for each method: adaptive methods (RMSprop, Adam) divide by the gradient's running size, so they use much smaller `lr` than SGD.
"""),
    code(r"""
var runs = new LinkedHashMap<String, List<Double>>();
Sequential m;
m = freshModel(); runs.put("SGD lr 0.1", train(m, new SGD(m.parameters(), 0.1), 300));
m = freshModel(); runs.put("SGD + momentum 0.9", train(m, new SGD(m.parameters(), 0.1, 0.9), 300));
m = freshModel(); runs.put("AdaGrad lr 0.1", train(m, new Adagrad(m.parameters(), 0.1), 300));
m = freshModel(); runs.put("RMSprop lr 0.01", train(m, new RMSprop(m.parameters(), 0.01), 300));
m = freshModel(); runs.put("Adam lr 0.01", train(m, new Adam(m.parameters(), 0.01), 300));
runs.forEach((name, curve) -> System.out.printf("%-20s final loss %.4f%n", name, curve.get(curve.size() - 1)));
display(Plots.curves("Spirals: same model, same start", "step", "cross-entropy", runs, true));
"""),
    md(r"""
Plain SGD is slowest: along flat directions its steps are tiny. Momentum accumulates a velocity and rolls through them. AdaGrad's per-weight steps shrink as squared gradients pile up, which helps early and slows it later; RMSprop fixes that with a *running* average, and Adam adds momentum on top.
"""),
    md(r"""
## Learning-rate schedules
A schedule changes `lr` as training goes: big steps early to make progress, small steps late to settle into a minimum. Each scheduler's `step()` sets the optimizer's rate; here are four over 100 steps, starting from lr = 0.1.
"""),
    code(r"""
var schedules = new LinkedHashMap<String, List<Double>>();
var probe = List.of(Tensor.zeros(1).requiresGrad());
var stepLr = new StepLR(new SGD(probe, 0.1), 30, 0.3);
var exponential = new ExponentialLR(new SGD(probe, 0.1), 0.97);
var cosine = new CosineAnnealingLR(new SGD(probe, 0.1), 100, 0.0);
var oneCycle = new OneCycleLR(new SGD(probe, 0.1), 0.1, 100);
var named = new LinkedHashMap<String, LRScheduler>();
named.put("StepLR(30, 0.3)", stepLr);
named.put("ExponentialLR(0.97)", exponential);
named.put("CosineAnnealingLR(100)", cosine);
named.put("OneCycleLR(max 0.1)", oneCycle);
named.forEach((name, scheduler) -> {
    var lrs = new ArrayList<Double>();
    for (int i = 0; i < 100; i++) {
        lrs.add(scheduler.lastLr()[0]);
        if (i < 99) scheduler.step();   // 100 rates need 99 steps; OneCycleLR refuses more
    }
    schedules.put(name, lrs);
});
display(Plots.curves("Learning-rate schedules", "step", "learning rate", schedules, false));
"""),
    md(r"""
Cosine annealing on the spirals: the same Adam, but its rate decays to zero over the run, so the last steps polish rather than bounce.
"""),
    code(r"""
m = freshModel();
var adam = new Adam(m.parameters(), 0.02);
var annealing = new CosineAnnealingLR(adam, 300, 0.0);
var annealed = new ArrayList<Double>();
for (int i = 0; i < 300; i++) {
    var loss = Loss.crossEntropy(m.call(X), Y);
    adam.zeroGrad(); loss.backward(); adam.step(); annealing.step();
    annealed.add(loss.item());
}
m = freshModel();
var constant = train(m, new Adam(m.parameters(), 0.02), 300);
var adamRuns = new LinkedHashMap<String, List<Double>>();
adamRuns.put("Adam lr 0.02, constant", constant);
adamRuns.put("Adam lr 0.02, cosine to 0", annealed);
display(Plots.curves("Constant vs annealed learning rate", "step", "cross-entropy", adamRuns, true));
"""),
    md(r"""
## Early stopping
With few examples and a big model, the training loss keeps falling while the loss on held-out data turns back up: the model starts memorizing noise. `EarlyStopping` watches the validation loss, stops after `patience` epochs without improvement, and restores the weights of the best epoch.
"""),
    code(r"""
var noisy = Datasets.moons(200, 0.35, 1).split(0.3, 1);   // 60 training points, 140 for validation
Tensor.manualSeed(0);
var big = new Sequential(new Linear(2, 128), new ReLU(), new Linear(128, 128), new ReLU(), new Linear(128, 2));
var optimizer = new Adam(big.parameters(), 0.01);
var stopper = new EarlyStopping(20, 0.0);
var trainCurve = new ArrayList<Double>();
var valCurve = new ArrayList<Double>();
double validationLoss(Sequential model) {
    return Grad.noGrad(() -> Loss.crossEntropy(model.call(noisy.test().inputs()), noisy.test().targets())).item();
}
"""),
    md(r"""
`%%track` draws the two curves live while the cell runs: `log("loss", …)` and `log("val_loss", …)` share one plot, and the minimum of each is marked — the validation minimum is the epoch early stopping will restore.
"""),
    code(r"""
%%track
for (int epoch = 0; epoch < 500; epoch++) {
    var loss = Loss.crossEntropy(big.call(noisy.train().inputs()), noisy.train().targets());
    optimizer.zeroGrad(); loss.backward(); optimizer.step();
    trainCurve.add(loss.item());
    valCurve.add(validationLoss(big));
    log("loss", loss.item());
    log("val_loss", valCurve.get(epoch));
    step();
    if (stopper.step(valCurve.get(epoch), big)) break;
}
"""),
    code(r"""
stopper.restoreBest(big);
double restoredLoss = validationLoss(big);
System.out.printf("stopped after %d epochs; best epoch %d with validation loss %.4f; restored model: %.4f%n",
        valCurve.size(), stopper.bestEpoch(), stopper.bestLoss(), restoredLoss);
"""),
    md(r"""
## Checks
"""),
    code(r"""
double last(List<Double> curve) { return curve.get(curve.size() - 1); }
if (!(last(runs.get("SGD + momentum 0.9")) < last(runs.get("SGD lr 0.1")))) throw new AssertionError("momentum should beat plain SGD");
if (!(last(runs.get("Adam lr 0.01")) < 0.5 * runs.get("Adam lr 0.01").get(0))) throw new AssertionError("Adam should at least halve the loss");
if (!(Math.abs(schedules.get("CosineAnnealingLR(100)").get(50) - 0.05) < 1e-9)) throw new AssertionError("cosine is at half the rate mid-way");
if (!(valCurve.size() < 500)) throw new AssertionError("early stopping should have stopped before epoch 500");
if (!(Math.abs(restoredLoss - stopper.bestLoss()) < 1e-6)) throw new AssertionError("restoreBest should bring back the best validation loss");
if (!(last(valCurve) > stopper.bestLoss())) throw new AssertionError("validation loss should have risen after the best epoch");
"all checks passed"
"""),
]
