package jgrad.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jgrad.autograd.DType;
import jgrad.autograd.Tensor;

/**
 * Reads the plain-text tensors written by scripts/torch_reference/*.py: one tensor per line,
 * {@code <key> <shape> <values...>} with shape as dims joined by 'x' ("scalar" for 0-d).
 */
public final class TorchFixture {
    private record Entry(int[] shape, double[] values) { }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private TorchFixture() { }

    /** Loads a classpath resource, e.g. "/torch/core_ops.txt". */
    public static TorchFixture load(String resource) {
        TorchFixture f = new TorchFixture();
        try (InputStream in = TorchFixture.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("fixture not found on the classpath: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                f.parse(line, resource + ":" + no);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    private void parse(String line, String where) {
        String[] p = line.trim().split(" ");
        if (p.length < 2) throw new IllegalArgumentException(where + ": expected '<key> <shape> <values...>'");
        int[] shape = p[1].equals("scalar") ? new int[0] : Arrays.stream(p[1].split("x")).mapToInt(Integer::parseInt).toArray();
        double[] values = new double[p.length - 2];
        for (int i = 0; i < values.length; i++) values[i] = Double.parseDouble(p[i + 2]);
        if (values.length != Arrays.stream(shape).reduce(1, (a, b) -> a * b)) {
            throw new IllegalArgumentException(where + ": " + values.length + " values do not fit shape " + p[1]);
        }
        if (entries.put(p[0], new Entry(shape, values)) != null) {
            throw new IllegalArgumentException(where + ": duplicate key " + p[0]);
        }
    }

    public Set<String> keys() { return entries.keySet(); }

    public boolean has(String key) { return entries.containsKey(key); }

    private Entry entry(String key) {
        Entry e = entries.get(key);
        if (e == null) throw new IllegalArgumentException("fixture has no tensor '" + key + "'");
        return e;
    }

    public int[] shape(String key) { return entry(key).shape().clone(); }

    public double[] values(String key) { return entry(key).values().clone(); }

    /** A fresh FLOAT64 tensor holding the stored values. */
    public Tensor tensor(String key) {
        Entry e = entry(key);
        return Tensor.fromData(e.values().clone(), e.shape(), DType.FLOAT64);
    }
}
