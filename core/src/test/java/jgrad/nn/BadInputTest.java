package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Tensor;
import jgrad.data.DataLoader;
import jgrad.data.TensorDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each mistake a notebook user can make with a layer, loss or loader gets a message naming what was wrong. */
class BadInputTest {
    private static void failsNaming(Class<? extends RuntimeException> type, Executable action, String... parts) {
        RuntimeException e = assertThrows(type, action);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message lacks '" + part + "': " + e.getMessage());
        }
    }

    @Test
    void layersNameThemselvesTheExpectedAndTheActualShape() {
        failsNaming(IllegalArgumentException.class, () -> new Linear(4, 2).forward(Tensor.zeros(3, 5)),
                "Linear(in=4, out=2)", "must end in 4", "[3, 5]");
        failsNaming(IllegalArgumentException.class, () -> new Linear(4, 2).forward(Tensor.scalar(1)), "Linear", "[]");
        failsNaming(IllegalArgumentException.class, () -> new Conv2d(3, 8, 3).forward(Tensor.zeros(2, 1, 8, 8)),
                "Conv2d(", "[N, 3, H, W]", "[2, 1, 8, 8]");
        failsNaming(IllegalArgumentException.class, () -> new Conv2d(3, 8, 3).forward(Tensor.zeros(3, 8, 8)),
                "Conv2d(", "[3, 8, 8]");
        failsNaming(IllegalArgumentException.class, () -> new BatchNorm1d(4).forward(Tensor.zeros(2, 4, 3, 3)),
                "BatchNorm1d", "(N, C) or (N, C, L)", "[2, 4, 3, 3]");
        failsNaming(IllegalArgumentException.class, () -> new LSTM(3, 5, 1, true).forward(Tensor.zeros(2, 7, 4)),
                "LSTM(input=3, hidden=5, batchFirst=true)", "(batch, seqLen, 3)", "[2, 7, 4]");
        failsNaming(IllegalArgumentException.class, () -> new LayerNorm(4).forward(Tensor.zeros(2, 3)), "LayerNorm", "[2, 3]");
    }

    @Test
    void labelsOutOfRangeNameTheLabelItsPositionAndTheValidRange() {
        Tensor logits = Tensor.zeros(3, 4);
        failsNaming(IllegalArgumentException.class, () -> Loss.crossEntropy(logits, Tensor.of(0, 4, 1)),
                "crossEntropy", "target 4", "position 1", "[0, 3]");
        failsNaming(IllegalArgumentException.class, () -> Loss.nll(logits, Tensor.of(-1, 0, 1)), "nll", "target -1", "position 0");
        failsNaming(IllegalArgumentException.class, () -> Loss.nll(logits, Tensor.of(0, 0, 2.5)), "nll", "2.5", "position 2");
        failsNaming(IllegalArgumentException.class, () -> Loss.crossEntropy(logits, Tensor.of(0, 1)), "crossEntropy", "[3]", "[2]");
    }

    @Test
    void emptyDatasetsAreRefusedWhereTheyAreMade() {
        failsNaming(IllegalArgumentException.class, () -> new TensorDataset(Tensor.zeros(0, 2), Tensor.zeros(0)),
                "TensorDataset", "[0, 2]", "no examples");
        var two = new TensorDataset(Tensor.zeros(2, 2), Tensor.zeros(2));
        failsNaming(IllegalArgumentException.class, () -> two.split(0.9, 1), "split", "test part empty");
        failsNaming(IllegalArgumentException.class, () -> two.split(0.1, 1), "split", "train part empty");
        failsNaming(IllegalArgumentException.class, () -> new DataLoader(two, 0), "DataLoader", "batchSize", "0");
    }
}
