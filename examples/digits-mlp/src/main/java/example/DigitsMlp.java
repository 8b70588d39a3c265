package example;

import java.nio.file.Path;

import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import jgrad.data.DataLoader;
import jgrad.data.Datasets;
import jgrad.data.TensorDataset;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.ReLU;
import jgrad.nn.Sequential;
import jgrad.optim.Adam;

/**
 * Trains a two-layer perceptron on the 8×8 handwritten digits that ship with jgrad (1,797 images, labels 0–9),
 * printing the loss and the test accuracy after each epoch, then saves the weights in the safetensors format
 * PyTorch reads.
 */
public final class DigitsMlp {
    public static void main(String[] args) {
        Tensor.manualSeed(0);
        TensorDataset.Split split = Datasets.digits().split(0.8, 0);
        DataLoader loader = new DataLoader(split.train(), 32, true, 0, false);
        System.out.printf("digits: %d training and %d test images of %d pixels%n",
                split.train().size(), split.test().size(), split.train().inputShape()[0]);

        Sequential model = new Sequential(new Linear(64, 64), new ReLU(), new Linear(64, 10));
        Adam optimizer = new Adam(model.parameters(), 0.01);
        for (int epoch = 1; epoch <= 8; epoch++) {
            model.train();
            double lossSum = 0;
            for (var batch : loader) {
                Tensor loss = Loss.crossEntropy(model.call(batch.inputs()), batch.targets());
                optimizer.zeroGrad();
                loss.backward();
                optimizer.step();
                lossSum += loss.item();
            }
            System.out.printf("epoch %d  loss %.4f  test accuracy %.3f%n", epoch, lossSum / loader.size(), accuracy(model, split.test()));
        }

        Path weights = Path.of("target", "digits-mlp.safetensors");
        model.save(weights);
        System.out.println("weights saved to " + weights + " (PyTorch: nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))"
                + ".load_state_dict(safetensors.torch.load_file(path)))");
    }

    /** The fraction of {@code data} whose highest-scoring class is the label. */
    static double accuracy(Sequential model, TensorDataset data) {
        model.eval();
        double[] predicted = Grad.noGrad(() -> model.call(data.inputs()).argmax(1)).toArray();
        double[] labels = data.targets().toArray();
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += predicted[i] == labels[i] ? 1 : 0;
        }
        return (double) correct / labels.length;
    }
}
