package jgrad.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST (unsigned-byte data only, optionally gzipped):
 * magic 0x00 0x00 0x08 ndim, then ndim big-endian int dimensions, then the bytes.
 */
final class Idx {
    private static final int UNSIGNED_BYTE = 0x08;

    record Array(int[] shape, byte[] data) {
    }

    private Idx() {
    }

    static Array read(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            var in = new DataInputStream(gzipped ? new GZIPInputStream(raw) : raw);
            int magic = in.readInt();
            int type = (magic >>> 8) & 0xff;
            int ndim = magic & 0xff;
            if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE || ndim < 1 || ndim > 4) {
                throw new IllegalArgumentException(file + ": not an unsigned-byte IDX file (magic 0x"
                        + Integer.toHexString(magic) + ")");
            }
            int[] shape = new int[ndim];
            long count = 1;
            for (int i = 0; i < ndim; i++) {
                shape[i] = in.readInt();
                count *= shape[i];
            }
            if (count > Integer.MAX_VALUE - 8 || count < 0) {
                throw new IllegalArgumentException(file + ": IDX shape " + Arrays.toString(shape) + " is too large");
            }
            byte[] data = new byte[(int) count];
            in.readFully(data);
            return new Array(shape, data);
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": IDX file is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Images scaled to [0, 1] with shape [rows, cols] (or flat for 1-D data) and integer labels. */
    static TensorDataset dataset(Path images, Path labels) {
        return dataset(images, labels, Integer.MAX_VALUE);
    }

    /** The same, keeping only the first {@code limit} examples. */
    static TensorDataset dataset(Path images, Path labels, int limit) {
        Array x = read(images);
        Array y = read(labels);
        if (y.shape().length != 1 || y.shape()[0] != x.shape()[0]) {
            throw new IllegalArgumentException("IDX: " + x.shape()[0] + " images in " + images + " but labels "
                    + Arrays.toString(y.shape()) + " in " + labels);
        }
        int n = Math.min(limit, x.shape()[0]);
        int width = x.shape()[0] == 0 ? 0 : x.data().length / x.shape()[0];
        double[][] inputs = new double[n][width];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                inputs[i][j] = (x.data()[i * width + j] & 0xff) / 255.0;
            }
            targets[i] = y.data()[i] & 0xff;
        }
        return new TensorDataset(inputs, targets, Arrays.copyOfRange(x.shape(), 1, x.shape().length));
    }
}
