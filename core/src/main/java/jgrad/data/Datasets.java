package jgrad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/** Small real datasets shipped with jgrad, file readers, and synthetic generators for teaching. */
public final class Datasets {
    private Datasets() {
    }

    /**
     * UCI handwritten digits: 1797 images of 8×8 pixels scaled to [0, 1], labels 0–9.
     * Inputs have shape [64]; use {@code withInputShape(1, 8, 8)} for a CNN.
     */
    public static TensorDataset digits() {
        TensorDataset raw = readResource("digits.csv.gz", false);
        return scaled(raw, 1.0 / 16.0);
    }

    /** Fisher's Iris: 150 flowers, 4 measurements (cm), classes setosa/versicolor/virginica as 0–2. */
    public static TensorDataset iris() {
        return readResource("iris.csv", true);
    }

    /** A numeric CSV file; {@code targetColumn} may be negative to count from the end (-1 = last). */
    public static TensorDataset csv(Path file, boolean header, int targetColumn) {
        try {
            return Csv.read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), header, targetColumn);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + file, e);
        }
    }

    /** MNIST / Fashion-MNIST style IDX files (optionally .gz): pixels scaled to [0, 1], inputs [rows, cols]. */
    public static TensorDataset idx(Path images, Path labels) {
        return Idx.dataset(images, labels);
    }

    /**
     * MNIST: 60,000 training and 10,000 test images of handwritten digits, 28×28 pixels in [0, 1],
     * labels 0–9. Downloaded on first use from the mirrors of {@link Mnist#defaults()}, checked
     * against SHA-256 and cached per user; later calls read the cache and need no network.
     */
    public static TensorDataset.Split mnist() {
        return mnist(Mnist.defaults());
    }

    /** MNIST from the given mirrors and cache folder, e.g. {@code Mnist.defaults().withMirrors(...)}. */
    public static TensorDataset.Split mnist(Mnist source) {
        return new TensorDataset.Split(source.train(), source.test());
    }

    private static TensorDataset readResource(String name, boolean header) {
        InputStream in = Datasets.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("dataset resource missing from the jar: jgrad/data/" + name);
        }
        try {
            InputStream data = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
            var reader = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8));
            return Csv.read(reader, name, header, -1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read dataset " + name, e);
        }
    }

    private static TensorDataset scaled(TensorDataset data, double factor) {
        int n = data.size();
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = data.input(i).clone();
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
            x[i] = row;
            y[i] = data.target(i);
        }
        return new TensorDataset(x, y, data.inputShape());
    }

    /** Interleaved spirals in 2D, {@code pointsPerClass} points for each of {@code classes} arms. */
    public static TensorDataset spirals(int pointsPerClass, int classes, double noise, long seed) {
        Random random = new Random(seed);
        int n = pointsPerClass * classes;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < pointsPerClass; i++) {
                double r = (double) i / pointsPerClass;
                double theta = c * 2 * Math.PI / classes + r * 4 + random.nextGaussian() * noise;
                x[c * pointsPerClass + i] = new double[] {r * Math.sin(theta), r * Math.cos(theta)};
                y[c * pointsPerClass + i] = c;
            }
        }
        return new TensorDataset(x, y, new int[] {2});
    }

    /** Two interleaving half circles (sklearn's make_moons). */
    public static TensorDataset moons(int n, double noise, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double t = Math.PI * random.nextDouble();
            double px = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double py = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            x[i] = new double[] {px + random.nextGaussian() * noise, py + random.nextGaussian() * noise};
            y[i] = label;
        }
        return new TensorDataset(x, y, new int[] {2});
    }

    /** A small circle inside a large one (sklearn's make_circles); {@code factor} is the inner radius. */
    public static TensorDataset circles(int n, double noise, double factor, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double radius = label == 0 ? 1.0 : factor;
            double t = 2 * Math.PI * random.nextDouble();
            x[i] = new double[] {radius * Math.cos(t) + random.nextGaussian() * noise,
                                 radius * Math.sin(t) + random.nextGaussian() * noise};
            y[i] = label;
        }
        return new TensorDataset(x, y, new int[] {2});
    }

    /** y = x·weights + bias + noise, with x uniform in [-1, 1]; the teaching set for linear regression. */
    public static TensorDataset linear(int n, double[] weights, double bias, double noise, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = new double[weights.length];
            double value = bias;
            for (int j = 0; j < row.length; j++) {
                row[j] = 2 * random.nextDouble() - 1;
                value += row[j] * weights[j];
            }
            x[i] = row;
            y[i] = value + random.nextGaussian() * noise;
        }
        return new TensorDataset(x, y, new int[] {weights.length});
    }
}
