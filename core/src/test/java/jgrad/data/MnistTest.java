package jgrad.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MNIST loader against an HTTP server on 127.0.0.1 serving generated IDX files. */
class MnistTest {
    private static final int TRAIN = 6;
    private static final int TEST = 3;

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    /** The four generated files, gzipped, by name. */
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, String> sums = new HashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        files.put(Mnist.TRAIN_IMAGES, gzip(images(TRAIN, 0)));
        files.put(Mnist.TRAIN_LABELS, gzip(labels(TRAIN, 0)));
        files.put(Mnist.TEST_IMAGES, gzip(images(TEST, 100)));
        files.put(Mnist.TEST_LABELS, gzip(labels(TEST, 100)));
        files.forEach((name, bytes) -> sums.put(name, sha256(bytes)));

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // /good/ serves the files; /corrupt/ flips a byte of the training images; /truncated/ announces the
        // full length of the training images but closes halfway; everything else under a mirror is served as is.
        server.createContext("/good/", exchange -> respond(exchange, "/good/", false, false));
        server.createContext("/corrupt/", exchange -> respond(exchange, "/corrupt/", true, false));
        server.createContext("/truncated/", exchange -> respond(exchange, "/truncated/", false, true));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void respond(HttpExchange exchange, String prefix, boolean corrupt, boolean truncate) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(prefix.length());
        requests.computeIfAbsent(prefix + name, k -> new AtomicInteger()).incrementAndGet();
        byte[] body = files.get(name);
        try (exchange) {
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            boolean damaged = name.equals(Mnist.TRAIN_IMAGES);
            if (corrupt && damaged) {
                body = body.clone();
                body[body.length / 2] ^= 0x55;
            }
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            if (truncate && damaged) {
                out.write(body, 0, body.length / 2);
                out.flush();
                // Drop the connection with half the announced bytes sent.
                throw new IOException("closing early on purpose");
            }
            out.write(body);
        }
    }

    private Mnist mnist(String... mirrors) {
        return Mnist.defaults()
                .withMirrors(Stream.of(mirrors).map(m -> base + m).toList())
                .withCacheDirectory(dir.resolve("cache"))
                .withChecksums(sums)
                .withTimeout(Duration.ofSeconds(10))
                .withLog(log::add);
    }

    /** Image i: pixel p is (i * 7 + p) mod 256 (offset shifts the test set). */
    private static byte[] images(int n, int offset) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.writeInt(0x00000803);
        out.writeInt(n);
        out.writeInt(28);
        out.writeInt(28);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 28 * 28; p++) {
                out.writeByte(((i + offset) * 7 + p) & 0xff);
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] labels(int n, int offset) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.writeInt(0x00000801);
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeByte((i + offset) % 10);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> cacheContents() throws IOException {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(cache)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void downloadsChecksCachesAndLoadsAllFourFiles() throws IOException {
        Mnist mnist = mnist("/good/");
        assertFalse(mnist.isCached());

        TensorDataset.Split split = Datasets.mnist(mnist);

        assertEquals(TRAIN, split.train().size());
        assertEquals(TEST, split.test().size());
        assertArrayEquals(new int[] {28, 28}, split.train().inputShape());
        assertEquals((3 * 7 + 5) / 255.0, split.train().input(3)[5], 1e-12);
        assertEquals(4, split.train().target(4));
        assertEquals((100 * 7 + 1) % 256 / 255.0, split.test().input(0)[1], 1e-12);
        assertEquals(2, split.test().target(2));
        assertTrue(mnist.isCached());
        assertEquals(List.of(Mnist.TEST_IMAGES, Mnist.TEST_LABELS, Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS),
                cacheContents(), "the four files and nothing else");
        for (String name : files.keySet()) {
            assertArrayEquals(files.get(name), Files.readAllBytes(dir.resolve("cache").resolve(name)));
            assertEquals(1, requests.get("/good/" + name).get(), name + " downloaded once");
        }
        assertEquals(4, log.size(), "one line per download: " + log);
        assertTrue(log.get(0).startsWith("MNIST: downloading " + base + "/good/"), log.get(0));
    }

    @Test
    void aCachedCopyNeedsNoNetwork() throws IOException {
        mnist("/good/").download();
        server.stop(0);
        Mnist offline = Mnist.defaults().withMirrors(List.of("http://127.0.0.1:" + closedPort() + "/"))
                .withCacheDirectory(dir.resolve("cache")).withChecksums(sums).withLog(log::add);
        log.clear();

        assertTrue(offline.isCached());
        assertEquals(TRAIN, offline.train().size());
        assertEquals(2, offline.test(2).size(), "the first n images only");
        assertEquals(List.of(), log, "nothing downloaded");
    }

    @Test
    void noNetworkSaysWhatWasTriedAndWhatToDo() throws IOException {
        int port = closedPort();
        Mnist mnist = Mnist.defaults().withMirrors(List.of("http://127.0.0.1:" + port + "/mnist/"))
                .withCacheDirectory(dir.resolve("cache")).withChecksums(sums).withLog(log::add);

        var error = assertThrows(UncheckedIOException.class, mnist::train);

        String message = error.getMessage();
        assertTrue(message.contains("could not download " + Mnist.TRAIN_IMAGES + " from any mirror"), message);
        assertTrue(message.contains("http://127.0.0.1:" + port + "/mnist/" + Mnist.TRAIN_IMAGES + ": could not connect"),
                message);
        assertTrue(message.contains("Check the network connection"), message);
        assertTrue(message.contains(dir.resolve("cache").toString()), "names the cache folder: " + message);
        assertEquals(List.of(), cacheContents());
    }

    @Test
    void aBadChecksumMovesOnToTheNextMirror() throws IOException {
        Mnist mnist = mnist("/corrupt/", "/good/");

        assertEquals(TRAIN, mnist.train().size());

        assertEquals(1, requests.get("/corrupt/" + Mnist.TRAIN_IMAGES).get());
        assertEquals(1, requests.get("/good/" + Mnist.TRAIN_IMAGES).get());
        assertArrayEquals(files.get(Mnist.TRAIN_IMAGES),
                Files.readAllBytes(dir.resolve("cache").resolve(Mnist.TRAIN_IMAGES)));
    }

    @Test
    void aBadChecksumEverywhereIsAnErrorAndLeavesNothingInTheCache() throws IOException {
        Mnist mnist = mnist("/corrupt/");

        var error = assertThrows(UncheckedIOException.class, mnist::train);

        String message = error.getMessage();
        assertTrue(message.contains(base + "/corrupt/" + Mnist.TRAIN_IMAGES + ": SHA-256 mismatch: expected "
                + sums.get(Mnist.TRAIN_IMAGES) + ", got "), message);
        assertEquals(List.of(), cacheContents(), "no half-written or unverified file");
    }

    @Test
    void aTruncatedDownloadIsAnErrorAndLeavesNothingInTheCache() throws IOException {
        Mnist mnist = mnist("/truncated/");

        var error = assertThrows(UncheckedIOException.class, mnist::train);

        String message = error.getMessage();
        assertTrue(message.contains(base + "/truncated/" + Mnist.TRAIN_IMAGES + ": the download was cut short"),
                message);
        assertEquals(List.of(), cacheContents(), "no half-written file");
    }

    @Test
    void aMissingFileOnAMirrorIsReportedWithItsStatus() {
        Mnist mnist = mnist("/good/missing/");

        var error = assertThrows(UncheckedIOException.class, mnist::download);

        assertTrue(error.getMessage().contains(base + "/good/missing/" + Mnist.TRAIN_IMAGES + ": HTTP 404"),
                error.getMessage());
    }

    @Test
    void aDamagedCachedFileIsDownloadedAgain() throws IOException {
        Mnist mnist = mnist("/good/");
        mnist.download();
        Path images = dir.resolve("cache").resolve(Mnist.TRAIN_IMAGES);
        Files.write(images, new byte[] {1, 2, 3});

        assertEquals(TRAIN, mnist.train().size());

        assertArrayEquals(files.get(Mnist.TRAIN_IMAGES), Files.readAllBytes(images));
        assertEquals(2, requests.get("/good/" + Mnist.TRAIN_IMAGES).get());
    }

    @Test
    void aDamagedCachedFileWithNoNetworkSaysItWasRemoved() throws IOException {
        mnist("/good/").download();
        Path images = dir.resolve("cache").resolve(Mnist.TRAIN_IMAGES);
        Files.write(images, new byte[] {1, 2, 3});
        Mnist offline = mnist("/good/").withMirrors(List.of("http://127.0.0.1:" + closedPort() + "/"));

        var error = assertThrows(UncheckedIOException.class, offline::train);

        assertTrue(error.getMessage().contains("the cached " + images + " had SHA-256 "), error.getMessage());
        assertFalse(Files.exists(images));
    }

    @Test
    void mirrorsAndCacheFolderComeFromTheEnvironment() {
        Mnist fromEnv = Mnist.fromEnvironment(Map.of(Mnist.MIRRORS_VARIABLE, "http://a.example/m, https://b.example/x/",
                Mnist.CACHE_VARIABLE, "/data/jgrad-cache"), "Linux", "/home/ann");
        assertEquals(List.of("http://a.example/m/", "https://b.example/x/"), fromEnv.mirrors());
        assertEquals(Path.of("/data/jgrad-cache/mnist"), fromEnv.cacheDirectory());

        assertEquals(Mnist.DEFAULT_MIRRORS, Mnist.fromEnvironment(Map.of(), "Linux", "/home/ann").mirrors());
        assertEquals(Path.of("/home/ann/.cache/jgrad/mnist"),
                Mnist.fromEnvironment(Map.of(), "Linux", "/home/ann").cacheDirectory());
        assertEquals(Path.of("/xdg/jgrad/mnist"),
                Mnist.fromEnvironment(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", "/home/ann").cacheDirectory());
        assertEquals(Path.of("/Users/ann/Library/Caches/jgrad/mnist"),
                Mnist.fromEnvironment(Map.of(), "Mac OS X", "/Users/ann").cacheDirectory());
    }

    @Test
    void theBuiltInChecksumsCoverTheFourPublishedFiles() {
        assertEquals(List.of(Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS, Mnist.TEST_IMAGES, Mnist.TEST_LABELS),
                List.copyOf(Mnist.SHA256.keySet()));
        Mnist.SHA256.values().forEach(hex -> assertTrue(hex.matches("[0-9a-f]{64}"), hex));
        assertEquals("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                Mnist.SHA256.get(Mnist.TRAIN_IMAGES));
    }

    @Test
    void badSettingsAreRefusedByName() {
        Mnist mnist = Mnist.defaults();
        var notHttp = assertThrows(IllegalArgumentException.class, () -> mnist.withMirrors(List.of("ftp://x/")));
        assertTrue(notHttp.getMessage().contains("'ftp://x/'"), notHttp.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mnist.withMirrors(List.of()));
        var missing = assertThrows(IllegalArgumentException.class,
                () -> mnist.withChecksums(Map.of(Mnist.TRAIN_IMAGES, sums.get(Mnist.TRAIN_IMAGES))));
        assertTrue(missing.getMessage().contains(Mnist.TEST_LABELS), missing.getMessage());
        var count = assertThrows(IllegalArgumentException.class, () -> mnist.train(0));
        assertTrue(count.getMessage().contains("at least 1"), count.getMessage());
    }
}
