import java.nio.file.Path;
import java.util.Map;

import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import jgrad.nn.BatchNorm2d;
import jgrad.nn.Conv2d;
import jgrad.nn.Embedding;
import jgrad.nn.GRU;
import jgrad.nn.LSTM;
import jgrad.nn.Linear;
import jgrad.nn.Loss;
import jgrad.nn.Module;
import jgrad.nn.ReLU;
import jgrad.nn.Safetensors;
import jgrad.nn.Sequential;
import jgrad.optim.Adam;

/**
 * jgrad's side of tests/test_safetensors_torch.py, run as a single source file on jgrad-core's classes:
 * {@code train DIR} trains {@link Net} a few steps and saves DIR/jgrad_model.safetensors and DIR/jgrad_io.safetensors
 * (tokens, image, the eval-mode output); {@code check DIR} loads DIR/torch_model.safetensors into a fresh Net and prints,
 * as one JSON line, how far its output on DIR/torch_io.safetensors is from PyTorch's, before and after loading.
 * torch_side.py holds the same architecture in PyTorch.
 */
public final class JgradSide {
    /** Embedding, LSTM and GRU over tokens; Conv2d and BatchNorm2d over an image; a Sequential head on both. */
    static final class Net extends Module {
        final Embedding embed = new Embedding(10, 4);
        final LSTM lstm = new LSTM(4, 5, 1, true);
        final GRU gru = new GRU(5, 5, 1, true);
        final Conv2d conv = new Conv2d(1, 2, 3, 1, 1);
        final BatchNorm2d norm = new BatchNorm2d(2);
        final Sequential head = new Sequential(new Linear(5 + 2 * 4 * 4, 6), new ReLU(), new Linear(6, 3, false));

        @Override
        public Tensor forward(Tensor input) {
            throw new UnsupportedOperationException("use forward(tokens, image)");
        }

        Tensor forward(Tensor tokens, Tensor image) {
            Tensor sequence = gru.call(lstm.call(embed.call(tokens)));
            Tensor last = sequence.select(1, sequence.size(1) - 1);
            Tensor features = norm.call(conv.call(image)).relu().reshape(image.size(0), -1);
            return head.call(Tensor.cat(1, last, features));
        }
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: JgradSide train|check DIR");
        }
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "train" -> train(dir);
            case "check" -> check(dir);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void train(Path dir) {
        Tensor.manualSeed(1);
        Net model = new Net();
        Adam optimizer = new Adam(model.parameters(), 0.05);
        for (int step = 0; step < 5; step++) {
            Tensor tokens = Tensor.randint(0, 10, 6, 3), image = Tensor.randn(6, 1, 4, 4), target = Tensor.randn(6, 3);
            Tensor loss = Loss.mse(model.forward(tokens, image), target);
            optimizer.zeroGrad();
            loss.backward();
            optimizer.step();
        }
        model.eval();
        model.save(dir.resolve("jgrad_model.safetensors"));
        Tensor tokens = Tensor.randint(0, 10, 4, 3), image = Tensor.randn(4, 1, 4, 4);
        Tensor output = Grad.noGrad(() -> model.forward(tokens, image));
        Safetensors.save(Map.of("tokens", tokens, "image", image, "output", output), dir.resolve("jgrad_io.safetensors"));
    }

    private static void check(Path dir) {
        Map<String, Tensor> io = Safetensors.load(dir.resolve("torch_io.safetensors"));
        Tensor.manualSeed(2);
        Net model = new Net();
        model.eval();
        double before = maxAbsDiff(Grad.noGrad(() -> model.forward(io.get("tokens"), io.get("image"))), io.get("output"));
        model.load(dir.resolve("torch_model.safetensors"));
        double after = maxAbsDiff(Grad.noGrad(() -> model.forward(io.get("tokens"), io.get("image"))), io.get("output"));
        System.out.printf("{\"before\": %s, \"after\": %s, \"output_abs_max\": %s}%n", before, after,
                io.get("output").abs().max().item());
    }

    private static double maxAbsDiff(Tensor a, Tensor b) {
        return a.sub(b).abs().max().item();
    }
}
