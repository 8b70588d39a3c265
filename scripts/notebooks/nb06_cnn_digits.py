"""Notebook 06 · A CNN on handwritten digits: loader, training, accuracy, confusion matrix, mistakes."""
from cells import code, md

NAME = "06_cnn_digits"

CELLS = [
    md(r"""
# 06 · A CNN on handwritten digits

The UCI digits set ships with jgrad: 1,797 grayscale images of 8×8 pixels, labels 0–9. A small convolutional network learns them to about 98% in a few seconds — and then we look at what it still gets wrong.

With MNIST in your cache (run `Mnist.defaults().download()` once: 11 MB from the first mirror that answers), the notebook uses 6,000 of its 28×28 images instead; the first code cell says which set it took.
"""),
    md(r"""
## Data
`withInputShape(1, side, side)` presents each image as a one-channel picture, the layout `Conv2d` expects: `[batch, channels, height, width]`. A seeded split keeps 20% of the digits aside for testing (MNIST comes with its own test set); the `DataLoader` shuffles the training images into mini-batches of 32.
"""),
    code(r"""
Tensor.manualSeed(0);
var mnist = Mnist.defaults();
boolean useMnist = mnist.isCached();
int side = useMnist ? 28 : 8;
var split = useMnist
        ? new TensorDataset.Split(mnist.train(6000).withInputShape(1, side, side), mnist.test(1000).withInputShape(1, side, side))
        : Datasets.digits().withInputShape(1, side, side).split(0.8, 0);
var train = split.train();
var test = split.test();
System.out.println(useMnist ? "MNIST from " + mnist.cacheDirectory() + " (the first 6,000 training and 1,000 test images)"
        : "the UCI digits shipped with jgrad (MNIST is not in " + mnist.cacheDirectory() + ")");
var loader = new DataLoader(train, 32, true, 0, false);
System.out.printf("%d training images, %d test images, %d batches per epoch, one batch: %s%n",
        train.size(), test.size(), loader.size(), Arrays.toString(loader.iterator().next().inputs().shape()));
"""),
    md(r"""
A few of them, with `Plots.images` (any object with a public `toPng()` method displays as an image):
"""),
    code(r"""
Plots.images(train, IntStream.range(0, 10).boxed().toList(), i -> "label " + (int) train.target(i))
"""),
    md(r"""
## The network
One 3×3 convolution with 16 filters (padding 1 keeps 8×8), ReLU, 2×2 max-pooling down to 4×4, and a linear layer from the 16·4·4 = 256 features to 10 class scores (for MNIST's 28×28: 16·14·14 = 3,136 features). Convolution shares each 3×3 filter across the whole image, so on the digits this model has only 2.7k parameters.
"""),
    code(r"""
var model = new Sequential(
        new Conv2d(1, 16, 3, 1, 1), new ReLU(), new MaxPool2d(2),   // [N, 16, side/2, side/2]
        new Flatten(), new Linear(16 * (side / 2) * (side / 2), 10));
model
"""),
    md(r"""
## Choosing the learning rate
`%lrfind` runs a short *learning-rate range test*: it trains on one batch after another while the rate grows from 10⁻⁴ to 1, and plots the (smoothed) loss against the rate. Too small and nothing happens; too big and the loss shoots up; the suggested rate is where the loss falls fastest. Afterwards it puts the weights, the optimizer state and the random generators back, so the training below starts untouched.
"""),
    code(r"""
var optimizer = new Adam(model.parameters(), 0.01);
"""),
    code(r"""
%lrfind model loader Loss::crossEntropy --optimizer optimizer --start 1e-4 --end 1 --steps 50
"""),
    md(r"""
The suggestion (printed above the chart, a few times 10⁻²) is where a short run with an ever-growing rate learns fastest. It is a starting point, not a law: for ten full epochs a rate somewhat below it is the usual choice, and the 0.01 we created the optimizer with trains this model well.

## Training
Cross-entropy loss, Adam, 10 epochs. `%%track` draws the loss of every batch, the test accuracy after every epoch (`epoch()` marks epoch boundaries with dotted lines), and — with `--grads model` — a heatmap of each parameter's gradient norm over the steps.
"""),
    code(r"""
double accuracy(Sequential model, TensorDataset data) {
    double[] predicted = Grad.noGrad(() -> model.call(data.inputs()).argmax(1)).toArray();
    double[] labels = data.targets().toArray();
    return (double) IntStream.range(0, labels.length).filter(i -> predicted[i] == labels[i]).count() / labels.length;
}
var batchLoss = new ArrayList<Double>();
var testAccuracy = new ArrayList<Double>();
"""),
    code(r"""
%%track --grads model --every 5
for (int epoch = 0; epoch < 10; epoch++) {
    for (var batch : loader) {
        var loss = Loss.crossEntropy(model.call(batch.inputs()), batch.targets());
        optimizer.zeroGrad();
        loss.backward();
        optimizer.step();
        batchLoss.add(loss.item());
        log("loss", loss.item());
        step();
    }
    testAccuracy.add(accuracy(model, test));
    log("test_acc", testAccuracy.get(epoch));
    progress(epoch + 1, 10);
    epoch();
}
"""),
    code(r"""
System.out.printf("test accuracy after each epoch: %s%n",
        testAccuracy.stream().map(a -> String.format("%.3f", a)).toList());
"""),
    md(r"""
## Confusion matrix
Row = true digit, column = predicted digit; the diagonal holds the correct answers. Off-diagonal cells show which digits the model confuses.
"""),
    code(r"""
double[] predicted = Grad.noGrad(() -> model.call(test.inputs()).argmax(1)).toArray();
double[] labels = test.targets().toArray();
var matrix = ConfusionMatrix.of(labels, predicted, 10);
int[][] confusion = matrix.counts();
matrix.chart()
"""),
    md(r"""
## What it gets wrong
Every misclassified test image, captioned *true → predicted*. Many are ambiguous even for a person, at 8×8 pixels especially.
"""),
    code(r"""
var wrong = IntStream.range(0, labels.length).filter(i -> predicted[i] != labels[i]).boxed().toList();
System.out.println(wrong.size() + " of " + labels.length + " test images misclassified");
Plots.images(test, wrong.subList(0, Math.min(12, wrong.size())), i -> (int) labels[i] + " → " + (int) predicted[i])
"""),
    md(r"""
## Checks
"""),
    code(r"""
double finalAccuracy = testAccuracy.get(testAccuracy.size() - 1);
int diagonal = IntStream.range(0, 10).map(d -> confusion[d][d]).sum();
double target = useMnist ? 0.93 : 0.95, lossFall = useMnist ? 3 : 5;   // 6,000 MNIST images are a harder task
if (!(finalAccuracy > target)) throw new AssertionError("test accuracy should exceed " + target + ", got " + finalAccuracy);
if (diagonal + wrong.size() != labels.length) throw new AssertionError("confusion matrix must account for every test image");
double firstEpochLoss = batchLoss.subList(0, loader.size()).stream().mapToDouble(d -> d).average().orElseThrow();
double lastEpochLoss = batchLoss.subList(batchLoss.size() - loader.size(), batchLoss.size()).stream().mapToDouble(d -> d).average().orElseThrow();
if (!(lastEpochLoss < firstEpochLoss / lossFall)) throw new AssertionError("mean batch loss should fall at least " + lossFall + "x");
"all checks passed"
"""),
]
