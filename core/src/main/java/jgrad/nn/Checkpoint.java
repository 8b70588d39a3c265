package jgrad.nn;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;

/**
 * The checkpoint file format, big-endian (Java's DataOutput):
 * <pre>
 *   bytes "JGRAD" then format version byte 1
 *   int  entry count
 *   per entry: UTF name, byte dtype (0 = float32, 1 = float64), int rank, rank × int dims,
 *              numel values (float for float32, double for float64), row-major
 *   long checksum: the sum over every value's raw bits, to catch a damaged file
 * </pre>
 * Writes go to a temporary file in the same folder, are forced to disk, then renamed over the
 * target, so a crash mid-write leaves the previous checkpoint intact.
 */
public final class Checkpoint {
    private static final byte[] MAGIC = {'J', 'G', 'R', 'A', 'D', 1};
    private static final int MAX_RANK = 8;

    private Checkpoint() {
    }

    /**
     * Writes named tensors (e.g. {@code model.stateDict()}) to {@code file}, replacing it only once the new file is
     * complete.
     */
    public static void write(Map<String, Tensor> state, Path file) {
        AtomicFile.write(file, "checkpoint", out -> writeTo(state, new DataOutputStream(out)));
    }

    private static void writeTo(Map<String, Tensor> state, DataOutputStream out) throws IOException {
        out.write(MAGIC);
        out.writeInt(state.size());
        long checksum = 0;
        for (var entry : state.entrySet()) {
            Tensor t = entry.getValue();
            boolean f64 = t.dtype() == DType.FLOAT64;
            out.writeUTF(entry.getKey());
            out.writeByte(f64 ? 1 : 0);
            int[] shape = t.shape();
            out.writeInt(shape.length);
            for (int d : shape) {
                out.writeInt(d);
            }
            for (double v : t.toArray()) {
                if (f64) {
                    out.writeDouble(v);
                    checksum += Double.doubleToRawLongBits(v);
                } else {
                    out.writeFloat((float) v);
                    checksum += Float.floatToRawIntBits((float) v);
                }
            }
        }
        out.writeLong(checksum);
        out.flush();
    }

    /**
     * The named tensors a {@link #write} put in {@code file}, in their order; a damaged or foreign file is an error
     * saying so.
     */
    public static Map<String, Tensor> read(Path file) {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException(file + " is not a jgrad checkpoint (bad header)");
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IllegalArgumentException(file + ": corrupt checkpoint (negative entry count)");
            }
            Map<String, Tensor> state = new LinkedHashMap<>();
            long checksum = 0;
            for (int e = 0; e < count; e++) {
                String name = in.readUTF();
                boolean f64 = in.readByte() == 1;
                int rank = in.readInt();
                if (rank < 0 || rank > MAX_RANK) {
                    throw new IllegalArgumentException(file + ": corrupt checkpoint (rank " + rank + " for '" + name + "')");
                }
                int[] shape = new int[rank];
                long numel = 1;
                for (int d = 0; d < rank; d++) {
                    shape[d] = in.readInt();
                    numel *= shape[d];
                    if (shape[d] < 0 || numel > Files.size(file)) {
                        throw new IllegalArgumentException(file + ": corrupt checkpoint (shape of '" + name + "')");
                    }
                }
                double[] values = new double[(int) numel];
                for (int i = 0; i < values.length; i++) {
                    if (f64) {
                        values[i] = in.readDouble();
                        checksum += Double.doubleToRawLongBits(values[i]);
                    } else {
                        float v = in.readFloat();
                        values[i] = v;
                        checksum += Float.floatToRawIntBits(v);
                    }
                }
                state.put(name, Tensor.fromData(values, shape, f64 ? DType.FLOAT64 : DType.FLOAT32));
            }
            if (in.readLong() != checksum) {
                throw new IllegalArgumentException(file + ": corrupt checkpoint (checksum mismatch)");
            }
            return state;
        } catch (EOFException e) {
            throw new IllegalArgumentException(file + ": checkpoint is truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read checkpoint " + file, e);
        }
    }
}
