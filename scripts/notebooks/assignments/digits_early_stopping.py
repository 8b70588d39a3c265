"""Assignment · digits with early stopping: an accuracy function, a training loop that stops when the
validation loss stops improving and keeps the best weights, and a model that reaches 94%."""
from cells import md, readonly, solution, tests

ASSIGNMENT = "digits_early_stopping"
NAME = "digits_early_stopping"
CELL_ID_PREFIX = "de"

CELLS = [
    readonly("intro", r"""
# Assignment · handwritten digits with early stopping

Train a classifier for the 8×8 handwritten digits that ship with jgrad to **94% validation accuracy**, stopping on its own when it stops getting better.

The data comes in three parts: `train` to learn from, `validation` to decide when to stop, and `test`, which only the grader looks at. Write your code where it says `// YOUR CODE HERE` (replace the `throw` line below it) and run the cells from the top. A test cell is silent when it passes; when it does not, it stops with an `AssertionError` that says what it expected.
""", kind="markdown"),
    readonly("checks-and-data", r"""
// The tests use check(...): it throws an AssertionError with the message when the condition is false.
void check(boolean passed, String message) {
    if (!passed) throw new AssertionError(message);
}

Tensor.manualSeed(0);
var split = Datasets.digits().split(0.8, 0);
var test = split.test();                           // for grading only
var parts = split.train().split(0.8, 1);
var train = parts.train();                         // to learn from
var validation = parts.test();                     // to decide when to stop
var loader = new DataLoader(train, 32, true, 0, false);
System.out.printf("%d training, %d validation and %d test images of %d pixels%n",
        train.size(), validation.size(), test.size(), train.inputShape()[0]);
"""),
    md(r"""
## Part 1 · accuracy
A classifier outputs one score per class for each image (shape `[n, 10]`); its prediction is the class with the highest score (`argmax(1)`). Implement `accuracy`: the fraction of the examples in `data` whose prediction equals the label (`data.targets()`). Compute it without recording a graph (`Grad.noGrad(() -> ...)`).
"""),
    solution("accuracy", r"""
/** The fraction of examples in data whose highest-scoring class is their label. */
double accuracy(Module model, TensorDataset data) {
    // BEGIN SOLUTION
    double[] predicted = Grad.noGrad(() -> model.call(data.inputs()).argmax(1)).toArray();
    double[] labels = data.targets().toArray();
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
        if (predicted[i] == labels[i]) correct++;
    }
    return (double) correct / labels.length;
    // END SOLUTION
}
"""),
    tests("test-accuracy", 2, r"""
/** A "model" that answers the same digit for every image. */
Module always(int digit) {
    return new Module() {
        @Override
        public Tensor forward(Tensor input) {
            double[][] scores = new double[input.shape()[0]][10];
            for (double[] row : scores) row[digit] = 1;
            return Tensor.of(scores);
        }
    };
}

/** The share of examples labelled `digit`: the accuracy of always(digit). */
double shareOf(int digit, TensorDataset data) {
    return Arrays.stream(data.targets().toArray()).filter(label -> label == digit).count() / (double) data.size();
}

double always3 = accuracy(always(3), validation);
check(Math.abs(always3 - shareOf(3, validation)) < 1e-9, "a model that always answers 3 should score the share of 3s in "
        + "the validation set, " + shareOf(3, validation) + ", but accuracy gave " + always3);
// BEGIN HIDDEN TESTS
double always7 = accuracy(always(7), test);
check(Math.abs(always7 - shareOf(7, test)) < 1e-9, "a model that always answers 7 should score the share of 7s in "
        + "the test set, " + shareOf(7, test) + ", but accuracy gave " + always7);
// END HIDDEN TESTS
"""),
    md(r"""
## Part 2 · early stopping
Training longer first helps, then starts to *overfit*: the training loss keeps falling while the validation loss turns back up. Early stopping watches the validation loss after every epoch, stops once it has not improved for `patience` epochs in a row, and puts back the weights of the best epoch.

Implement `trainWithEarlyStopping`: train on `loader` one epoch at a time (cross-entropy loss, `optimizer.zeroGrad()`, `loss.backward()`, `optimizer.step()` for each batch); after each epoch compute the cross-entropy on `validation` (no graph needed) and add it to the list you return. Stop after `maxEpochs` epochs at most, or as soon as the best validation loss is `patience` epochs old, and leave the model with the weights of its best epoch. `jgrad.optim.EarlyStopping` does the bookkeeping: `new EarlyStopping(patience, 0)`, `step(valLoss, model)` returns true when it is time to stop, `restoreBest(model)` puts the best weights back.
"""),
    solution("early-stopping", r"""
/** Trains until the validation loss stops improving; returns the validation loss after each epoch. */
List<Double> trainWithEarlyStopping(Module model, Optimizer optimizer, int maxEpochs, int patience) {
    // BEGIN SOLUTION
    var losses = new ArrayList<Double>();
    var stopper = new EarlyStopping(patience, 0);
    for (int epoch = 0; epoch < maxEpochs; epoch++) {
        for (var batch : loader) {
            var loss = Loss.crossEntropy(model.call(batch.inputs()), batch.targets());
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
        }
        double valLoss = Grad.noGrad(() -> Loss.crossEntropy(model.call(validation.inputs()), validation.targets())).item();
        losses.add(valLoss);
        if (stopper.step(valLoss, model)) break;
    }
    stopper.restoreBest(model);
    return losses;
    // END SOLUTION
}
"""),
    md(r"""
## Part 3 · a model that reaches 94%
Choose a network for the 64 pixels of an image and 10 classes, and an optimizer (a hidden layer of 128 ReLU units and `Adam` with a learning rate of 0.003 is a good start). The next cell trains it with your early stopping.
"""),
    solution("model", r"""
Tensor.manualSeed(0);
// BEGIN SOLUTION
Module model = new Sequential(new Linear(64, 128), new ReLU(), new Linear(128, 10));
Optimizer optimizer = new Adam(model.parameters(), 0.003);
// END SOLUTION
"""),
    readonly("train", r"""
var valLosses = trainWithEarlyStopping(model, optimizer, 100, 5);
System.out.printf("stopped after %d epochs; validation loss per epoch: %s%n", valLosses.size(),
        valLosses.stream().map(loss -> String.format("%.3f", loss)).toList());
System.out.printf("validation accuracy: %.3f%n", accuracy(model, validation));
"""),
    tests("test-target-accuracy", 2, r"""
double validationAccuracy = accuracy(model, validation);
check(validationAccuracy >= 0.94, "validation accuracy should reach 0.94, got " + validationAccuracy);
// BEGIN HIDDEN TESTS
double[] predictedTest = Grad.noGrad(() -> model.call(test.inputs()).argmax(1)).toArray();
double[] testLabels = test.targets().toArray();
double testAccuracy = IntStream.range(0, testLabels.length).filter(i -> predictedTest[i] == testLabels[i]).count()
        / (double) testLabels.length;
check(testAccuracy >= 0.93, "accuracy on the held-out test images should reach 0.93, got " + testAccuracy);
// END HIDDEN TESTS
"""),
    tests("test-early-stopping", 3, r"""
/** Checks a run of trainWithEarlyStopping: where it stopped, and that the model has its best weights. */
void checkStopped(String run, Module trained, List<Double> losses, int maxEpochs, int patience) {
    check(!losses.isEmpty() && losses.size() <= maxEpochs, run + ": expected 1 to " + maxEpochs
            + " validation losses, one per epoch, got " + losses.size());
    int best = IntStream.range(0, losses.size()).boxed().min(Comparator.comparing(losses::get)).orElseThrow();
    int expectedEpochs = Math.min(maxEpochs, best + 1 + patience);
    check(losses.size() == expectedEpochs, run + ": the best validation loss came after epoch " + (best + 1)
            + ", so training should stop after epoch " + expectedEpochs + ", but it ran " + losses.size() + " epochs");
    double now = Grad.noGrad(() -> Loss.crossEntropy(trained.call(validation.inputs()), validation.targets())).item();
    check(Math.abs(now - losses.get(best)) < 1e-6, run + ": the model should end with the weights of its best epoch "
            + "(validation loss " + losses.get(best) + "), but its validation loss is " + now);
}

checkStopped("maxEpochs 100, patience 5", model, valLosses, 100, 5);
check(valLosses.size() < 100, "training should have stopped before 100 epochs");
// BEGIN HIDDEN TESTS
Tensor.manualSeed(1);
Module small = new Sequential(new Linear(64, 16), new ReLU(), new Linear(16, 10));
checkStopped("maxEpochs 4, patience 10", small, trainWithEarlyStopping(small, new Adam(small.parameters(), 0.003), 4, 10), 4, 10);
// END HIDDEN TESTS
"""),
]
