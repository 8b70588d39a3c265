"""Notebook 07 · Regularization: overfitting curves, L2, dropout, batch norm."""
from cells import code, md

NAME = "07_regularization"

CELLS = [
    md(r"""
# 07 · Regularization

A network with far more weights than training examples can memorize them — including their noise — and then does worse on new data. **Regularization** is anything that makes memorizing harder than learning the pattern. We provoke overfitting on purpose, then try three cures: an **L2 penalty** on the weights, **dropout**, and **batch normalization**.
"""),
    md(r"""
## Provoking overfitting
Only 10% of the digits (180 images) for training, the other 1,617 for testing, and an MLP with 25k weights.
"""),
    code(r"""
import jgrad.nn.Module;   // java.lang.Module has the same simple name

var split = Datasets.digits().split(0.1, 0);
var train = split.train();
var test = split.test();

/** Cross-entropy and accuracy on a data set, in evaluation mode (dropout off). */
double[] evaluate(Module model, TensorDataset data) {
    model.eval();
    try {
        var logits = Grad.noGrad(() -> model.call(data.inputs()));
        double[] predicted = logits.argmax(1).toArray(), labels = data.targets().toArray();
        long correct = IntStream.range(0, labels.length).filter(i -> predicted[i] == labels[i]).count();
        return new double[] {Loss.crossEntropy(logits, data.targets()).item(), (double) correct / labels.length};
    } finally {
        model.train();
    }
}

record Run(List<Double> trainLoss, List<Double> testLoss, double testAccuracy) {
    double bestTestLoss() { return testLoss.stream().mapToDouble(d -> d).min().orElseThrow(); }
    double finalTestLoss() { return testLoss.get(testLoss.size() - 1); }
}

/** Full-batch Adam for 300 epochs; `l2` > 0 adds l2·Σw² over the weight matrices to the loss. */
Run fit(Module model, double l2) {
    var optimizer = new Adam(model.parameters(), 0.003);
    var trainLoss = new ArrayList<Double>();
    var testLoss = new ArrayList<Double>();
    for (int epoch = 0; epoch < 300; epoch++) {
        var loss = Loss.crossEntropy(model.call(train.inputs()), train.targets());
        trainLoss.add(loss.item());
        if (l2 > 0) {
            for (var entry : model.namedParameters().entrySet()) {
                if (entry.getKey().endsWith("weight")) loss = loss.add(entry.getValue().pow(2).sum().mul(l2));
            }
        }
        optimizer.zeroGrad();
        loss.backward();
        optimizer.step();
        if (epoch % 5 == 4) testLoss.add(evaluate(model, test)[0]);
    }
    var run = new Run(trainLoss, testLoss, evaluate(model, test)[1]);
    System.out.printf("train loss %.4f, test loss best %.3f / final %.3f, test accuracy %.3f%n",
            trainLoss.get(299), run.bestTestLoss(), run.finalTestLoss(), run.testAccuracy());
    return run;
}

Sequential mlp(double dropout) {
    Tensor.manualSeed(0);
    return dropout > 0
            ? new Sequential(new Linear(64, 128), new ReLU(), new Dropout(dropout), new Linear(128, 128), new ReLU(), new Dropout(dropout), new Linear(128, 10))
            : new Sequential(new Linear(64, 128), new ReLU(), new Linear(128, 128), new ReLU(), new Linear(128, 10));
}
System.out.println(train.size() + " training images, " + test.size() + " test images, " + mlp(0).parameterCount() + " weights");
"""),
    code(r"""
var baseline = fit(mlp(0), 0);

/** Test loss is measured every 5 epochs; repeat it so both curves share the epoch axis. */
List<Double> perEpoch(List<Double> every5) {
    return every5.stream().flatMap(v -> Collections.nCopies(5, v).stream()).toList();
}
var overfitting = new LinkedHashMap<String, List<Double>>();
overfitting.put("train", baseline.trainLoss());
overfitting.put("test", perEpoch(baseline.testLoss()));
display(Plots.curves("No regularization: the gap opens", "epoch", "cross-entropy", overfitting, true));
"""),
    md(r"""
The training loss heads to zero; the test loss bottoms out early and then **rises**: from there on, the network is learning the quirks of its 180 images.

## L2 penalty (weight decay)
Add λ·Σw² to the loss. Its gradient, 2λw, pulls every weight towards zero at each step, so only weights that keep earning their keep stay large — a smoother, simpler function. (Optimizers offer the same as `weightDecay`; `AdamW` applies it decoupled from the adaptive step.)
"""),
    code(r"""
var withL2 = fit(mlp(0), 1e-3);
"""),
    md(r"""
## Dropout
During training, each hidden unit is zeroed with probability p (and the survivors scaled by 1/(1−p)), so no unit can rely on any particular other one: the network has to spread what it knows. `model.eval()` switches dropout off for testing — `evaluate` does that.
"""),
    code(r"""
var withDropout = fit(mlp(0.5), 0);
"""),
    md(r"""
## Batch normalization
`BatchNorm1d` rescales each unit's outputs over the batch to mean 0 and standard deviation 1, then lets the network pick a new scale and shift (two learned numbers per unit). Every layer then sees inputs of a steady scale, whatever the layers below do — training is faster and tolerates larger learning rates. In `eval()` mode it uses running averages of the batch statistics instead, so a prediction does not depend on the other examples.
"""),
    code(r"""
Tensor.manualSeed(0);
var bnModel = new Sequential(new Linear(64, 128), new BatchNorm1d(128), new ReLU(),
                             new Linear(128, 128), new BatchNorm1d(128), new ReLU(), new Linear(128, 10));
var withBatchNorm = fit(bnModel, 0);

var testCurves = new LinkedHashMap<String, List<Double>>();
testCurves.put("no regularization", baseline.testLoss());
testCurves.put("L2 1e-3", withL2.testLoss());
testCurves.put("dropout 0.5", withDropout.testLoss());
testCurves.put("batch norm", withBatchNorm.testLoss());
display(Plots.curves("Test loss", "epoch / 5", "cross-entropy", testCurves, false));
var trainCurves = new LinkedHashMap<String, List<Double>>();
trainCurves.put("no regularization", baseline.trainLoss());
trainCurves.put("batch norm", withBatchNorm.trainLoss());
display(Plots.curves("Training loss", "epoch", "cross-entropy", trainCurves, true));
"""),
    md(r"""
Batch norm is first of all an optimization aid: over the first few dozen epochs its training loss is up to ten times lower than the baseline's. On this problem it also ends with a much lower test loss, although its training loss ends just as low. (With mini-batches, the noise of the per-batch statistics adds a further regularizing effect.)

## Checks
The baseline overfits (its test loss ends well above its best), all three cures end with a lower test loss than the baseline, and batch norm speeds up training.
"""),
    code(r"""
if (!(baseline.finalTestLoss() > 1.2 * baseline.bestTestLoss())) throw new AssertionError("baseline should overfit");
if (!(baseline.trainLoss().get(299) < 0.01)) throw new AssertionError("baseline should memorize the training set");
if (!(withL2.finalTestLoss() < baseline.finalTestLoss())) throw new AssertionError("L2 should end with lower test loss");
if (!(withDropout.finalTestLoss() < baseline.finalTestLoss())) throw new AssertionError("dropout should end with lower test loss");
if (!(withBatchNorm.finalTestLoss() < baseline.finalTestLoss())) throw new AssertionError("batch norm should end with lower test loss");
if (!(withBatchNorm.trainLoss().get(20) < 0.5 * baseline.trainLoss().get(20))) throw new AssertionError("batch norm should train faster early on");
if (!(withDropout.testAccuracy() > 0.85)) throw new AssertionError("dropout model accuracy " + withDropout.testAccuracy());
"all checks passed"
"""),
]
