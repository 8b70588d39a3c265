package jgrad.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where MNIST comes from and where it is kept: the four IDX files of LeCun, Cortes and Burges
 * (60,000 training and 10,000 test images of 28×28 pixels), downloaded once from the first mirror
 * that answers, checked against their SHA-256 and cached per user.
 *
 * <pre>{@code
 * var mnist = Mnist.defaults();          // JGRAD_MNIST_MIRRORS / JGRAD_CACHE_DIR, else the built-in ones
 * TensorDataset train = mnist.train();   // downloads what is missing, then reads the cache
 * mnist.isCached();                      // true once all four files are there
 * }</pre>
 *
 * Immutable: the {@code with...} methods return a changed copy.
 */
public final class Mnist {
    /** Mirrors tried in order (torchvision's two, and the one TensorFlow uses). */
    public static final List<String> DEFAULT_MIRRORS = List.of(
            "https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/",
            "http://yann.lecun.com/exdb/mnist/");

    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    /** SHA-256 of the published files (9,912,422, 28,881, 1,648,877 and 4,542 bytes). */
    public static final Map<String, String> SHA256 = orderedMap(
            TRAIN_IMAGES, "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
            TRAIN_LABELS, "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
            TEST_IMAGES, "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
            TEST_LABELS, "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6");

    /** Environment variable: mirrors separated by commas or spaces, replacing {@link #DEFAULT_MIRRORS}. */
    public static final String MIRRORS_VARIABLE = "JGRAD_MNIST_MIRRORS";
    /** Environment variable: jgrad's cache folder; MNIST goes in its {@code mnist} subfolder. */
    public static final String CACHE_VARIABLE = "JGRAD_CACHE_DIR";

    private final List<URI> mirrors;
    private final Path directory;
    private final Map<String, String> sha256;
    private final Duration timeout;
    private final Consumer<String> log;

    private Mnist(List<URI> mirrors, Path directory, Map<String, String> sha256, Duration timeout,
                  Consumer<String> log) {
        this.mirrors = mirrors;
        this.directory = directory;
        this.sha256 = sha256;
        this.timeout = timeout;
        this.log = log;
    }

    /** The mirrors and cache folder of this user's environment (see {@link #MIRRORS_VARIABLE}, {@link #CACHE_VARIABLE}). */
    public static Mnist defaults() {
        return fromEnvironment(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Mnist fromEnvironment(Map<String, String> env, String osName, String userHome) {
        String listed = env.getOrDefault(MIRRORS_VARIABLE, "").trim();
        List<String> mirrors = listed.isEmpty() ? DEFAULT_MIRRORS : Arrays.asList(listed.split("[,\\s]+"));
        Path cache = CacheDirectory.forUser(env, osName, userHome);
        return new Mnist(parseMirrors(mirrors), cache.resolve("mnist"), SHA256, Duration.ofSeconds(30),
                System.out::println);
    }

    /** The same, downloading from {@code mirrors} (base URLs the file names are appended to), in order. */
    public Mnist withMirrors(List<String> mirrors) {
        return new Mnist(parseMirrors(mirrors), directory, sha256, timeout, log);
    }

    /** The same, keeping the four files in {@code directory} itself. */
    public Mnist withCacheDirectory(Path directory) {
        return new Mnist(mirrors, Objects.requireNonNull(directory, "directory"), sha256, timeout, log);
    }

    /** The same, expecting other files (for a local copy of another IDX set): file name to SHA-256, all four names. */
    public Mnist withChecksums(Map<String, String> sha256ByFile) {
        var missing = new ArrayList<>(SHA256.keySet());
        missing.removeAll(sha256ByFile.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Mnist.withChecksums: no SHA-256 given for " + missing);
        }
        var checked = new LinkedHashMap<String, String>();
        for (String name : SHA256.keySet()) {
            String hex = sha256ByFile.get(name).toLowerCase(Locale.ROOT);
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("Mnist.withChecksums: " + name + ": not a SHA-256 in hex: " + hex);
            }
            checked.put(name, hex);
        }
        return new Mnist(mirrors, directory, java.util.Collections.unmodifiableMap(checked), timeout, log);
    }

    /** The same, giving up on a mirror that has not answered within {@code timeout}. */
    public Mnist withTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Mnist.withTimeout: must be positive, got " + timeout);
        }
        return new Mnist(mirrors, directory, sha256, timeout, log);
    }

    /** The same, reporting downloads to {@code log} instead of standard output. */
    public Mnist withLog(Consumer<String> log) {
        return new Mnist(mirrors, directory, sha256, timeout, Objects.requireNonNull(log, "log"));
    }

    /** The base URLs the files are downloaded from, tried in order. */
    public List<String> mirrors() {
        return mirrors.stream().map(URI::toString).toList();
    }

    /** The folder holding the four files. */
    public Path cacheDirectory() {
        return directory;
    }

    /** True when all four files are in the cache folder (they are checked when read). */
    public boolean isCached() {
        return sha256.keySet().stream().allMatch(name -> Files.isRegularFile(directory.resolve(name)));
    }

    /** Downloads whichever of the four files is missing or damaged; returns the cache folder. */
    public Path download() {
        for (String name : sha256.keySet()) {
            file(name);
        }
        return directory;
    }

    /** The 60,000 training images, pixels in [0, 1], inputs of shape [28, 28]. */
    public TensorDataset train() {
        return Idx.dataset(file(TRAIN_IMAGES), file(TRAIN_LABELS), Integer.MAX_VALUE);
    }

    /** The first {@code count} training images (less memory: each image is 784 doubles). */
    public TensorDataset train(int count) {
        int limit = positive(count);
        return Idx.dataset(file(TRAIN_IMAGES), file(TRAIN_LABELS), limit);
    }

    /** The 10,000 test images. */
    public TensorDataset test() {
        return Idx.dataset(file(TEST_IMAGES), file(TEST_LABELS), Integer.MAX_VALUE);
    }

    /** The first {@code count} test images. */
    public TensorDataset test(int count) {
        int limit = positive(count);
        return Idx.dataset(file(TEST_IMAGES), file(TEST_LABELS), limit);
    }

    private static int positive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Mnist: the number of images must be at least 1, got " + count);
        }
        return count;
    }

    /** The cached file, downloaded first if it is missing or does not match its checksum. */
    private Path file(String name) {
        Path target = directory.resolve(name);
        String expected = sha256.get(name);
        String damaged = "";
        if (Files.isRegularFile(target)) {
            String actual = Downloads.sha256(target);
            if (actual.equals(expected)) {
                return target;
            }
            damaged = "the cached " + target + " had SHA-256 " + actual + " instead of " + expected
                    + " and was removed; ";
            try {
                Files.delete(target);
            } catch (IOException e) {
                throw new UncheckedIOException("MNIST: " + target + " does not match its SHA-256 and could not be"
                        + " removed: delete it by hand", e);
            }
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("MNIST: cannot create the cache folder " + directory
                    + " (set " + CACHE_VARIABLE + " or use withCacheDirectory)", e);
        }
        List<String> failures = new ArrayList<>();
        for (URI mirror : mirrors) {
            URI url = mirror.resolve(name);
            log.accept("MNIST: downloading " + url);
            String failure = Downloads.fetch(url, target, expected, timeout);
            if (failure == null) {
                return target;
            }
            failures.add(url + ": " + failure);
        }
        throw new UncheckedIOException(new IOException("MNIST: could not download " + name + " from any mirror; "
                + damaged + "tried:\n  " + String.join("\n  ", failures)
                + "\nCheck the network connection, give other mirrors (" + MIRRORS_VARIABLE
                + " or Mnist.withMirrors), or put the four files (" + String.join(", ", sha256.keySet())
                + ") in " + directory + " yourself."));
    }

    private static List<URI> parseMirrors(List<String> mirrors) {
        if (mirrors.isEmpty()) {
            throw new IllegalArgumentException("Mnist: the list of mirrors is empty");
        }
        List<URI> parsed = new ArrayList<>();
        for (String mirror : mirrors) {
            String base = mirror.endsWith("/") ? mirror : mirror + "/";
            try {
                URI uri = new URI(base);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException("Mnist: a mirror must be an http(s) URL, got '" + mirror + "'");
                }
                parsed.add(uri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Mnist: not a URL: '" + mirror + "' (" + e.getReason() + ")", e);
            }
        }
        return List.copyOf(parsed);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return "Mnist[cache=" + directory + ", mirrors=" + mirrors() + "]";
    }
}
