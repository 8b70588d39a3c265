package jgrad.viz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes chart images under viz/target/charts/ so people can look at what the tests drew. */
final class ChartFiles {
    static final Path DIR = Path.of("target", "charts");

    private ChartFiles() {
    }

    /** Writes the bytes to target/charts/name and returns them. */
    static byte[] save(String name, byte[] bytes) {
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(name), bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PNG signature check: the bytes are a PNG image. */
    static boolean isPng(byte[] bytes) {
        return bytes != null && bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                && bytes[3] == 'G';
    }
}
