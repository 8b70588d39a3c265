package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import jgrad.autograd.ops.IndexSelect;
import jgrad.optim.Adam;
import jgrad.testing.TorchReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RNN, LSTM and GRU against torch 1.13 (fixture torch/recurrent.txt from scripts/torch_reference/recurrent.py). */
class RecurrentTest {
    private static final TorchReference TORCH = TorchReference.load("torch/recurrent.txt");

    private static Recurrent layerFor(String name) {
        return switch (name) {
            case "rnn" -> new RNN(3, 4);
            case "rnn_2layer_batchfirst" -> new RNN(2, 3, 2, true);
            case "lstm" -> new LSTM(3, 4);
            case "lstm_2layer_batchfirst" -> new LSTM(2, 3, 2, true);
            case "gru" -> new GRU(3, 4);
            case "gru_2layer_batchfirst" -> new GRU(2, 3, 2, true);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"rnn", "rnn_2layer_batchfirst", "lstm", "lstm_2layer_batchfirst", "gru", "gru_2layer_batchfirst"})
    void outputsStatesAndGradientsMatchPyTorch(String name) {
        Recurrent layer = layerFor(name);
        boolean lstm = layer instanceof LSTM;
        List<Tensor> weights = new ArrayList<>();
        for (String param : layer.namedParameters().keySet()) {  // PyTorch's own names, e.g. weight_hh_l1
            weights.add(TORCH.tensor(name + "/" + param).requiresGrad());
        }
        Tensor x = TORCH.tensor(name + "/x").requiresGrad();
        RnnOutput out = layer.run(x, TORCH.tensor(name + "/h0"), lstm ? TORCH.tensor(name + "/c0") : null, weights);
        assertArrayEquals(TORCH.values(name + "/output"), out.output().toArray(), 1e-10);
        assertArrayEquals(TORCH.shape(name + "/output"), out.output().shape());
        assertArrayEquals(TORCH.values(name + "/h_n"), out.hidden().toArray(), 1e-10);
        if (lstm) {
            assertArrayEquals(TORCH.values(name + "/c_n"), out.cell().toArray(), 1e-10);
        } else {
            assertNull(out.cell());
        }
        out.output().mul(TORCH.tensor(name + "/probe")).sum().add(out.hidden().sum()).backward();
        assertArrayEquals(TORCH.values(name + "/grad/x"), x.grad().toArray(), 1e-10);
        int i = 0;
        for (String param : layer.namedParameters().keySet()) {
            assertArrayEquals(TORCH.values(name + "/grad/" + param), weights.get(i++).grad().toArray(), 1e-10, param);
        }

        // the layer itself, loaded with the torch state dict, agrees to float32 precision
        Map<String, Tensor> state = new LinkedHashMap<>();
        layer.namedParameters().keySet().forEach(param -> state.put(param, TORCH.tensor(name + "/" + param)));
        layer.loadStateDict(state);
        Tensor h0 = TORCH.tensor(name + "/h0");
        RnnOutput own = layer.run(TORCH.tensor(name + "/x"), h0, lstm ? TORCH.tensor(name + "/c0") : null);
        assertArrayEquals(TORCH.values(name + "/output"), own.output().toArray(), 1e-5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RNN", "LSTM", "GRU"})
    void backpropThroughTimeMatchesFiniteDifferences(String kind) {
        Tensor.manualSeed(9);
        Recurrent layer = switch (kind) {
            case "RNN" -> new RNN(2, 3, 2, false);
            case "LSTM" -> new LSTM(2, 3, 2, false);
            default -> new GRU(2, 3, 2, false);
        };
        boolean lstm = layer instanceof LSTM;
        List<Tensor> inputs = new ArrayList<>();
        inputs.add(Tensor.randn(4, 2, 2));  // seqLen 4, batch 2
        inputs.add(Tensor.randn(2, 2, 3));  // h0
        inputs.add(Tensor.randn(2, 2, 3));  // c0 (used by LSTM only)
        inputs.addAll(layer.parameters());
        GradCheck.Result r = GradCheck.check(in -> {
            List<Tensor> weights = Arrays.asList(in).subList(3, in.length);
            RnnOutput out = layer.run(in[0], in[1], lstm ? in[2] : null, weights);
            Tensor loss = out.output().sum().add(out.hidden().mul(out.hidden()).sum());
            return lstm ? loss.add(out.cell().sum()) : loss;
        }, inputs.stream().map(t -> t.to(DType.FLOAT64).detach()).toArray(Tensor[]::new));
        assertTrue(r.passed(), r.toString());
    }

    @Test
    void lstmLearnsTheMajorityOfAShortBinarySequence() {
        // label = 1 when more than half of 7 random bits are 1: the LSTM has to count along the sequence
        Tensor.manualSeed(42);
        var random = new Random(42);
        int seqLen = 7, train = 512, test = 256;
        Tensor[] trainSet = majorityData(random, train, seqLen), testSet = majorityData(random, test, seqLen);
        LSTM lstm = new LSTM(1, 12);
        Linear head = new Linear(12, 2);
        List<Tensor> params = new ArrayList<>(lstm.parameters());
        params.addAll(head.parameters());
        var optimizer = new Adam(params, 0.02);
        for (int epoch = 0; epoch < 60; epoch++) {
            for (int start = 0; start < train; start += 64) {
                Tensor x = slice(trainSet[0], start, 64), y = slice(trainSet[1], start, 64);
                optimizer.zeroGrad();
                Loss.crossEntropy(head.forward(lstm.run(x).hidden().get(0)), y).backward();
                optimizer.step();
            }
        }
        double accuracy = accuracy(head.forward(lstm.run(testSet[0]).hidden().get(0)), testSet[1]);
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
    }

    /** {x (batch, seqLen, 1) transposed to (seqLen, batch, 1), labels (batch)}. */
    private static Tensor[] majorityData(Random random, int n, int seqLen) {
        double[] bits = new double[seqLen * n];
        double[] labels = new double[n];
        for (int b = 0; b < n; b++) {
            int ones = 0;
            for (int t = 0; t < seqLen; t++) {
                int bit = random.nextInt(2);
                bits[t * n + b] = bit;
                ones += bit;
            }
            labels[b] = ones * 2 > seqLen ? 1 : 0;
        }
        return new Tensor[] {Tensor.fromData(bits, new int[] {seqLen, n, 1}, DType.FLOAT32), Tensor.fromData(labels, new int[] {n}, DType.FLOAT32)};
    }

    /** Batch columns [start, start + size) of a time-major tensor or of a label vector. */
    private static Tensor slice(Tensor t, int start, int size) {
        int[] rows = new int[size];
        Arrays.setAll(rows, i -> start + i);
        if (t.dim() == 1) {
            return IndexSelect.apply(t, rows);
        }
        return IndexSelect.apply(t.transpose(0, 1), rows).transpose(0, 1);
    }

    private static double accuracy(Tensor logits, Tensor labels) {
        double[] predicted = logits.argmax(1).toArray(), truth = labels.toArray();
        int correct = 0;
        for (int i = 0; i < truth.length; i++) {
            correct += predicted[i] == truth[i] ? 1 : 0;
        }
        return correct / (double) truth.length;
    }

    @Test
    void wrongShapesNameTheLayerExpectedAndActual() {
        var lstm = new LSTM(3, 4);
        var e = assertThrows(IllegalArgumentException.class, () -> lstm.forward(Tensor.zeros(5, 2, 2)));
        assertTrue(e.getMessage().contains("LSTM(input=3, hidden=4)") && e.getMessage().contains("(seqLen, batch, 3)")
                && e.getMessage().contains("[5, 2, 2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lstm.forward(Tensor.zeros(5, 3)));
        assertTrue(e.getMessage().contains("[5, 3]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> lstm.run(Tensor.zeros(5, 2, 3), Tensor.zeros(1, 3, 4), null));
        assertTrue(e.getMessage().contains("initial hidden") && e.getMessage().contains("[1, 2, 4]")
                && e.getMessage().contains("[1, 3, 4]"), e.getMessage());
        var gru = new GRU(3, 4, 1, true);
        e = assertThrows(IllegalArgumentException.class, () -> gru.run(Tensor.zeros(2, 5, 3), Tensor.zeros(1, 2, 4), Tensor.zeros(1, 2, 4)));
        assertTrue(e.getMessage().contains("no cell state"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> gru.run(Tensor.zeros(2, 5, 3), null, null, gru.parameters().subList(0, 2)));
        assertTrue(e.getMessage().contains("expected 4 weights") && e.getMessage().contains("got 2"), e.getMessage());
    }
}
