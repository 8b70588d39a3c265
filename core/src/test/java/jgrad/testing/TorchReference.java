package jgrad.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;

/**
 * Reads the torch reference fixtures written by scripts/torch_reference/*.py: one entry per line,
 * {@code name<TAB>shape<TAB>values}, float64, '#' lines are comments.
 */
public final class TorchReference {
    private final String resource;
    private final Map<String, Tensor> entries = new LinkedHashMap<>();

    private TorchReference(String resource) {
        this.resource = resource;
    }

    /** Loads e.g. "torch/optimizers.txt" from the test class path. */
    public static TorchReference load(String resource) {
        TorchReference reference = new TorchReference(resource);
        try (InputStream in = TorchReference.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("test resource " + resource + " is missing; regenerate it with scripts/torch_reference");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    reference.parse(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reference;
    }

    private void parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException(resource + ": expected name, shape and values in: " + line);
        }
        int[] shape = fields[1].isEmpty() ? new int[0] : Arrays.stream(fields[1].split(",")).mapToInt(Integer::parseInt).toArray();
        double[] values = fields[2].isEmpty() ? new double[0] : Arrays.stream(fields[2].split(" ")).mapToDouble(TorchReference::parsePythonFloat).toArray();
        entries.put(fields[0], Tensor.fromData(values, shape, DType.FLOAT64));
    }

    /** A Python float repr: Java's syntax, except that Python writes NaN and infinities as nan, inf and -inf. */
    private static double parsePythonFloat(String repr) {
        return switch (repr) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(repr);
        };
    }

    /** A fresh float64 tensor (safe to mutate or mark requiresGrad). */
    public Tensor tensor(String name) {
        Tensor t = entries.get(name);
        if (t == null) {
            throw new IllegalArgumentException(resource + " has no entry '" + name + "'; it has " + entries.keySet());
        }
        return Tensor.fromData(t.toArray(), t.shape(), DType.FLOAT64);
    }

    /** Entry names in file order. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    public double[] values(String name) {
        return tensor(name).toArray();
    }

    public int[] shape(String name) {
        return tensor(name).shape();
    }
}
