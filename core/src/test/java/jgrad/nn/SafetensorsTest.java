package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.DType;
import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {
    @TempDir
    Path dir;

    /** Every layer kind whose PyTorch names matter, held in fields as a user's model would. */
    static final class Net extends Module {
        final Embedding embed = new Embedding(10, 4);
        final LSTM rnn = new LSTM(4, 5, 1, true);
        final Conv2d conv = new Conv2d(1, 2, 3, 1, 1);
        final BatchNorm2d norm = new BatchNorm2d(2);
        final Sequential head = new Sequential(new Linear(5 + 2 * 4 * 4, 6), new ReLU(), new Linear(6, 3, false));

        @Override
        public Tensor forward(Tensor input) {
            throw new UnsupportedOperationException("use forward(tokens, image)");
        }

        Tensor forward(Tensor tokens, Tensor image) {
            Tensor sequence = rnn.call(embed.call(tokens));
            Tensor last = sequence.select(1, sequence.size(1) - 1);
            Tensor features = norm.call(conv.call(image)).relu().reshape(image.size(0), -1);
            return head.call(Tensor.cat(1, last, features));
        }
    }

    private static Tensor tokens() {
        return Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 9}});
    }

    private static Tensor image() {
        Tensor.manualSeed(7);
        return Tensor.randn(2, 1, 4, 4);
    }

    @Test
    void namesAreThoseOfPyTorchsStateDict() {
        assertEquals(List.of("embed.weight", "rnn.weight_ih_l0", "rnn.weight_hh_l0", "rnn.bias_ih_l0", "rnn.bias_hh_l0",
                "conv.weight", "conv.bias", "norm.weight", "norm.bias", "norm.running_mean", "norm.running_var",
                "norm.num_batches_tracked", "head.0.weight", "head.0.bias", "head.2.weight"), List.copyOf(new Net().stateDict().keySet()));
        var state = new Net().stateDict();
        assertArrayEquals(new int[] {20, 4}, state.get("rnn.weight_ih_l0").shape());
        assertArrayEquals(new int[] {2, 1, 3, 3}, state.get("conv.weight").shape());
        assertArrayEquals(new int[] {6, 37}, state.get("head.0.weight").shape());
        assertArrayEquals(new int[0], state.get("norm.num_batches_tracked").shape());
    }

    @Test
    void modelRoundTripIsBitExactAndGivesTheSameOutputs() throws Exception {
        Tensor.manualSeed(1);
        Net trained = new Net();
        trained.forward(tokens(), image()); // training mode: BatchNorm's running statistics and count move
        trained.eval();
        Path file = dir.resolve("net.safetensors");
        trained.save(file);

        Tensor.manualSeed(2);
        Net restored = new Net();
        restored.eval();
        restored.load(file);
        trained.stateDict().forEach((name, t) -> {
            double[] a = t.toArray(), b = restored.stateDict().get(name).toArray();
            for (int i = 0; i < a.length; i++) {
                assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), name);
            }
        });
        assertEquals(1.0, restored.norm.stateDict().get("num_batches_tracked").item());
        assertArrayEquals(Grad.noGrad(() -> trained.forward(tokens(), image())).toArray(),
                Grad.noGrad(() -> restored.forward(tokens(), image())).toArray());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp files may be left behind");
        }
    }

    @Test
    void bytesFollowTheFormat() throws Exception {
        Path file = dir.resolve("a.safetensors");
        Safetensors.save(Map.of("a", Tensor.of(1.0, -2.5)), file);
        byte[] bytes = Files.readAllBytes(file);
        long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, headerLength % 8, "the header is padded so the data is 8-byte aligned");
        String header = new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8);
        assertEquals("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", header.strip());
        ByteBuffer data = ByteBuffer.wrap(bytes, 8 + (int) headerLength, 8).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1.0f, data.getFloat());
        assertEquals(-2.5f, data.getFloat());
        assertEquals(8 + headerLength + 8, bytes.length);
    }

    @Test
    void float64ScalarsEmptyTensorsAndMetadataRoundTrip() {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("double", Tensor.of(new double[] {Math.PI, -1e-300}, DType.FLOAT64));
        tensors.put("scalar", Tensor.scalar(3));
        tensors.put("empty", Tensor.zeros(0, 3));
        tensors.put("name with \"quotes\" and ü", Tensor.ones(2, 2));
        Path file = dir.resolve("mixed.safetensors");
        Safetensors.save(tensors, Map.of("format", "pt", "note", "line\nbreak"), file);
        var loaded = Safetensors.load(file);
        assertEquals(List.copyOf(tensors.keySet()), List.copyOf(loaded.keySet()));
        assertEquals(DType.FLOAT64, loaded.get("double").dtype());
        assertArrayEquals(new double[] {Math.PI, -1e-300}, loaded.get("double").toArray());
        assertArrayEquals(new int[0], loaded.get("scalar").shape());
        assertEquals(3.0, loaded.get("scalar").item());
        assertArrayEquals(new int[] {0, 3}, loaded.get("empty").shape());
        assertArrayEquals(new double[] {1, 1, 1, 1}, loaded.get("name with \"quotes\" and ü").toArray());
        assertEquals(Map.of("format", "pt", "note", "line\nbreak"), Safetensors.metadata(file));
    }

    @Test
    void aFileWrittenByPyTorchLoadsAndGivesPyTorchsOutputs() throws Exception {
        Path weights = resource("torch_linear_batchnorm.safetensors");
        Map<String, Tensor> state = Safetensors.load(weights);
        assertEquals(2.0, state.get("1.num_batches_tracked").item(), "torch's I64 count");
        var model = new Sequential(new Linear(3, 4), new BatchNorm1d(4));
        model.load(weights);
        model.eval();
        var io = Safetensors.load(resource("torch_linear_batchnorm_io.safetensors"));
        double[] expected = io.get("output").toArray();
        double[] actual = Grad.noGrad(() -> model.call(io.get("input"))).toArray();
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5, "output " + i);
        }
    }

    @Test
    void missingAndUnexpectedKeysAreNamed() {
        Path file = dir.resolve("small.safetensors");
        new Sequential(new Linear(3, 4)).save(file);
        var missing = assertThrows(IllegalArgumentException.class, () -> new Sequential(new Linear(3, 4), new Linear(4, 2)).load(file));
        assertTrue(missing.getMessage().contains("missing key '1.weight'"), missing.getMessage());
        var unexpected = assertThrows(IllegalArgumentException.class, () -> new Sequential(new Linear(3, 4, false)).load(file));
        assertTrue(unexpected.getMessage().contains("unexpected key '0.bias'"), unexpected.getMessage());
        var shape = assertThrows(IllegalArgumentException.class, () -> new Sequential(new Linear(3, 5)).load(file));
        assertTrue(shape.getMessage().contains("'0.weight' has shape [4, 3] in the checkpoint but [5, 3]"), shape.getMessage());
    }

    @Test
    void malformedFilesAreClearErrors() throws Exception {
        String good = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        expectInvalid(new byte[] {1, 2, 3}, "too few for the 8-byte header length");
        expectInvalid(file(1L << 40, good, 8), "bad header length 1099511627776");
        expectInvalid(file(-1, good, 8), "bad header length 18446744073709551615");
        expectInvalid(file(0, "", 0), "bad header length 0");
        expectInvalid(withHeader("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],", 8), "header is not valid JSON: unexpected end");
        expectInvalid(withHeader("{\"a\":1,\"a\":2}", 0), "duplicate key \"a\"");
        expectInvalid(withHeader("[1, 2]", 0), "the header must be a JSON object");
        expectInvalid(withHeader(good.replace("F32", "Q7"), 8), "tensor 'a' has unknown dtype 'Q7'");
        expectInvalid(withHeader(good.replace("F32", "BF16"), 8), "tensor 'a' has dtype BF16, which jgrad does not read");
        expectInvalid(withHeader(good.replace("[2]", "[3]"), 8), "tensor 'a': shape [3] of F32 needs 12 bytes, but data_offsets [0, 8] span 8");
        expectInvalid(withHeader(good.replace("[2]", "[-2]"), 8), "tensor 'a' has a bad shape [-2]");
        expectInvalid(withHeader(good.replace("[0,8]", "[8,0]"), 8), "tensor 'a' has bad data_offsets [8, 0]");
        expectInvalid(withHeader(good.replace("\"shape\":[2],", ""), 8), "tensor 'a' has no \"shape\"");
        expectInvalid(withHeader(good.replace("[2]", "\"2\""), 8), "tensor 'a': shape must be a list of integers");
        expectInvalid(withHeader(good, 4), "tensor 'a' ends at byte 8 of the data, but the file holds only 4 data bytes");
        expectInvalid(withHeader(good, 12), "the data is 12 bytes, but its tensors cover 8");
        expectInvalid(withHeader("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}", 12), "tensor 'b' starts at byte 8 of the data, but the tensors before it end at 4");
        expectInvalid(withHeader("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8), "tensor 'b' starts at byte 4");
        expectInvalid(withHeader("{\"__metadata__\":{\"k\":1}}", 0), "'__metadata__' must map strings to strings");
        byte[] notUtf8 = file(4, "", 0);
        notUtf8 = Arrays.copyOf(notUtf8, 12);
        notUtf8[8] = (byte) 0xff;
        expectInvalid(notUtf8, "the header is not UTF-8 text");
    }

    @Test
    void savingRejectsTheReservedNameAndNulls() {
        Map<String, Tensor> reserved = Map.of("__metadata__", Tensor.ones(1));
        var e = assertThrows(IllegalArgumentException.class, () -> Safetensors.save(reserved, dir.resolve("r.safetensors")));
        assertTrue(e.getMessage().contains("'__metadata__' is reserved"), e.getMessage());
        Map<String, Tensor> withNull = new LinkedHashMap<>();
        withNull.put("w", null);
        var n = assertThrows(IllegalArgumentException.class, () -> Safetensors.save(withNull, dir.resolve("n.safetensors")));
        assertTrue(n.getMessage().contains("tensor 'w' is null"), n.getMessage());
    }

    private void expectInvalid(byte[] content, String expected) throws Exception {
        Path file = Files.write(dir.resolve("bad.safetensors"), content);
        var e = assertThrows(IllegalArgumentException.class, () -> Safetensors.load(file));
        assertTrue(e.getMessage().contains("is not a valid safetensors file: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    /** A file whose length field says {@code claimedLength}, then {@code header}, then {@code dataBytes} zero bytes. */
    private static byte[] file(long claimedLength, String header, int dataBytes) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN).putLong(claimedLength).put(h).array();
    }

    private static byte[] withHeader(String header, int dataBytes) {
        return file(header.getBytes(StandardCharsets.UTF_8).length, header, dataBytes);
    }

    private Path resource(String name) throws Exception {
        return Path.of(getClass().getResource("/safetensors/" + name).toURI());
    }
}
