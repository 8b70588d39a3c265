package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
    @TempDir
    Path dir;

    private static Sequential model() {
        return new Sequential(new Linear(5, 4), new ReLU(), new Conv2dFree(), new Linear(4, 3));
    }

    /** A parameter-free layer in the middle, so child numbering has gaps like real models. */
    static final class Conv2dFree extends Module {
        @Override
        public Tensor forward(Tensor input) {
            return input;
        }
    }

    @Test
    void saveLoadRoundTripIsBitExact() throws Exception {
        Tensor.manualSeed(1);
        var original = model();
        Path file = dir.resolve("model.jgrad");
        original.save(file);
        Tensor.manualSeed(2);
        var restored = model();
        restored.load(file);
        original.namedParameters().forEach((name, p) -> {
            double[] a = p.toArray();
            double[] b = restored.namedParameters().get(name).toArray();
            for (int i = 0; i < a.length; i++) {
                assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), name);
            }
        });
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp files may be left behind");
        }
    }

    @Test
    void saveAndLoadTakeAFileNameToo() {
        Tensor.manualSeed(1);
        var original = model();
        String file = dir.resolve("named.safetensors").toString();
        original.save(file);
        Tensor.manualSeed(2);
        var restored = model();
        restored.load(file);
        original.namedParameters().forEach((name, p) ->
                assertArrayEquals(p.toArray(), restored.namedParameters().get(name).toArray(), 0, name));
    }

    @Test
    void truncatedOrCorruptFilesAreClearErrors() throws Exception {
        Path file = dir.resolve("model.jgrad");
        model().save(file);
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.jgrad");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        var t = assertThrows(IllegalArgumentException.class, () -> model().load(truncated));
        assertTrue(t.getMessage().contains("truncated"), t.getMessage());
        bytes[bytes.length - 20] ^= 0x40;
        Path flipped = dir.resolve("flipped.jgrad");
        Files.write(flipped, bytes);
        var c = assertThrows(IllegalArgumentException.class, () -> model().load(flipped));
        assertTrue(c.getMessage().contains("checksum"), c.getMessage());
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        var h = assertThrows(IllegalArgumentException.class, () -> model().load(text));
        assertTrue(h.getMessage().contains("not a jgrad checkpoint"), h.getMessage());
    }

    @Test
    void mismatchedModelNamesTheKeyAndShapes() {
        Path file = dir.resolve("model.jgrad");
        model().save(file);
        var other = new Sequential(new Linear(5, 6), new ReLU(), new Conv2dFree(), new Linear(6, 3));
        var e = assertThrows(IllegalArgumentException.class, () -> other.load(file));
        assertTrue(e.getMessage().contains("'0.weight' has shape [4, 5] in the checkpoint but [6, 5]"), e.getMessage());
    }

    @Test
    void dropoutScalesInTrainingAndIsIdentityInEval() {
        Tensor.manualSeed(0);
        var dropout = new Dropout(0.5);
        double[] out = dropout.forward(Tensor.ones(1000)).toArray();
        long zeros = Arrays.stream(out).filter(v -> v == 0).count();
        assertTrue(zeros > 400 && zeros < 600, "zeros: " + zeros);
        assertTrue(Arrays.stream(out).allMatch(v -> v == 0 || v == 2));
        dropout.eval();
        assertArrayEquals(Tensor.ones(5).toArray(), dropout.forward(Tensor.ones(5)).toArray(), 0);
    }
}
