package jgrad.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * Downloads one file into place all or nothing: the body goes to a temporary file beside the target,
 * is checked (length, SHA-256), and only then renamed onto the target, so an interrupted or bad
 * download never leaves a half-written file where a complete one is expected.
 */
final class Downloads {
    private Downloads() {
    }

    /** Downloads {@code url} to {@code target}; returns null on success, else why it failed (one line). */
    static String fetch(URI url, Path target, String expectedSha256, Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        Path partial = null;
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return "HTTP " + response.statusCode();
                }
                partial = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
                MessageDigest digest = sha256Digest();
                OptionalLong announced = response.headers().firstValueAsLong("Content-Length");
                String expectedBytes = announced.isPresent() ? " of " + announced.getAsLong() : "";
                long received = 0;
                try (InputStream in = new DigestInputStream(body, digest);
                     OutputStream out = Files.newOutputStream(partial)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                        received += n;
                    }
                } catch (IOException e) {
                    // The connection ended (or failed) in the middle of the body.
                    return "the download was cut short after " + received + expectedBytes + " bytes (" + describe(e) + ")";
                }
                if (announced.isPresent() && received != announced.getAsLong()) {
                    return "the download was cut short after " + received + expectedBytes + " bytes";
                }
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(expectedSha256)) {
                    return "SHA-256 mismatch: expected " + expectedSha256 + ", got " + actual + " (" + received
                            + " bytes)";
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                partial = null;
                return null;
            }
        } catch (HttpConnectTimeoutException e) {
            return "no connection within " + timeout.toSeconds() + " s";
        } catch (HttpTimeoutException e) {
            return "no answer within " + timeout.toSeconds() + " s";
        } catch (ConnectException e) {
            return "could not connect (" + describe(e) + ")";
        } catch (IOException e) {
            return "network error (" + describe(e) + ")";
        } catch (UnresolvedAddressException e) {
            return "unknown host";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("MNIST: download of " + url + " interrupted", e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // best effort: a stray .part file is never mistaken for the real one
                }
            }
        }
    }

    static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** The exception's message, or that of its first cause that has one, or its class name. */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
