package jgrad.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import jgrad.data.Batch;
import jgrad.data.DataLoader;
import jgrad.data.Datasets;
import jgrad.data.TensorDataset;
import jgrad.nn.BatchNorm1d;
import jgrad.nn.Conv2d;
import jgrad.nn.Flatten;
import jgrad.nn.Linear;
import jgrad.nn.MaxPool2d;
import jgrad.nn.Loss;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import jgrad.optim.Adam;
import org.junit.jupiter.api.Test;

/** End to end: the whole stack (data, nn, loss, backward, optim) learns the UCI digits. */
class DigitsTrainingTest {

    /** Trains with Adam (lr 0.01), batches of 32 shuffled with seed 0, cross-entropy. */
    static void trainWithAdam(Sequential model, TensorDataset train, int epochs) {
        var optimizer = new Adam(model.parameters(), 0.01);
        var loader = new DataLoader(train, 32, true, 0, false);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (Batch batch : loader) {
                optimizer.zeroGrad();
                Loss.crossEntropy(model.forward(batch.inputs()), batch.targets()).backward();
                optimizer.step();
            }
        }
    }

    static double accuracy(Sequential model, TensorDataset data) {
        try (var noGrad = Grad.disabled()) {
            double[] predicted = model.forward(data.inputs()).argmax(1).toArray();
            double[] labels = data.targets().toArray();
            int correct = 0;
            for (int i = 0; i < labels.length; i++) {
                if (predicted[i] == labels[i]) {
                    correct++;
                }
            }
            return (double) correct / labels.length;
        }
    }

    @Test
    void mlpReaches95PercentTestAccuracy() {
        Tensor.manualSeed(0);
        var split = Datasets.digits().split(0.8, 0);
        var model = new Sequential(new Linear(64, 64), new ReLU(), new Linear(64, 10));
        trainWithAdam(model, split.train(), 20);
        double test = accuracy(model, split.test());
        assertTrue(test >= 0.95, "test accuracy " + test);
    }

    @Test
    void mlpWithBatchNormReaches95PercentInEvalMode() {
        Tensor.manualSeed(0);
        var split = Datasets.digits().split(0.8, 0);
        var model = new Sequential(new Linear(64, 64), new BatchNorm1d(64), new ReLU(), new Linear(64, 10));
        trainWithAdam(model, split.train(), 10);
        model.eval();  // evaluation uses the running statistics gathered while training
        double test = accuracy(model, split.test());
        assertTrue(test >= 0.95, "test accuracy " + test);
    }

    @Test
    void smallCnnReaches97PercentTestAccuracy() {
        Tensor.manualSeed(0);
        var digits = Datasets.digits().withInputShape(1, 8, 8);
        var split = digits.split(0.8, 0);
        var model = new Sequential(
                new Conv2d(1, 16, 3, 1, 1), new ReLU(), new MaxPool2d(2),   // [N, 16, 4, 4]
                new Flatten(), new Linear(256, 10));
        trainWithAdam(model, split.train(), 15);
        double test = accuracy(model, split.test());
        assertTrue(test >= 0.97, "test accuracy " + test);
    }
}
