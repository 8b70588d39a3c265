package jgrad.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;

/**
 * Tensors in the safetensors format, which PyTorch ({@code safetensors.torch.save_file / load_file}), Hugging Face
 * and others read and write, so weights move between jgrad and PyTorch:
 * <pre>{@code
 * Safetensors.save(model.stateDict(), Path.of("model.safetensors"));   // or model.save(Path.of("model.safetensors"))
 * model.loadStateDict(Safetensors.load(Path.of("from_torch.safetensors")));
 * }</pre>
 * The file is an 8-byte little-endian header length, a JSON header mapping each name to
 * {@code {"dtype", "shape", "data_offsets": [begin, end]}} (and an optional {@code "__metadata__"} map of strings),
 * then the raw little-endian values, row-major. jgrad writes F32 and F64 (its two dtypes) and reads F32, F64, I64 and
 * I32; integers arrive as float64 tensors (PyTorch stores BatchNorm's {@code num_batches_tracked} as I64).
 * Writes are atomic (see {@link Checkpoint}).
 */
public final class Safetensors {
    /** The reference implementation refuses larger headers; so does jgrad, rather than allocate whatever a damaged file claims. */
    private static final long MAX_HEADER_BYTES = 100_000_000;
    private static final String METADATA = "__metadata__";
    /** Every dtype the format defines, so a file jgrad cannot read is told apart from a damaged one. */
    private static final Set<String> FORMAT_DTYPES = Set.of("BOOL", "U8", "I8", "U16", "I16", "F16", "BF16", "U32", "I32",
            "F32", "U64", "I64", "F64", "F8_E5M2", "F8_E4M3", "F8_E8M0", "F4", "F6_E2M3", "F6_E3M2", "C64");

    private Safetensors() {
    }

    /** Writes {@code tensors} (in map order) to {@code file}, atomically. */
    public static void save(Map<String, Tensor> tensors, Path file) {
        save(tensors, Map.of(), file);
    }

    /** Writes {@code tensors} with the header's {@code "__metadata__"} string map (left out when empty). */
    public static void save(Map<String, Tensor> tensors, Map<String, String> metadata, Path file) {
        StringBuilder header = new StringBuilder("{");
        if (!metadata.isEmpty()) {
            header.append(SafetensorsJson.quote(METADATA)).append(":{");
            String sep = "";
            for (var m : metadata.entrySet()) {
                if (m.getKey() == null || m.getValue() == null) {
                    throw new IllegalArgumentException("Safetensors.save: metadata keys and values must not be null");
                }
                header.append(sep).append(SafetensorsJson.quote(m.getKey())).append(':').append(SafetensorsJson.quote(m.getValue()));
                sep = ",";
            }
            header.append('}');
        }
        long offset = 0;
        for (var e : tensors.entrySet()) {
            String name = e.getKey();
            Tensor t = e.getValue();
            if (name == null || t == null) {
                throw new IllegalArgumentException("Safetensors.save: " + (name == null ? "a name is null" : "tensor '" + name + "' is null"));
            }
            if (name.equals(METADATA)) {
                throw new IllegalArgumentException("Safetensors.save: '" + METADATA + "' is reserved for the metadata, not a tensor name");
            }
            long end = offset + t.numel() * Dtype.of(t.dtype()).bytes;
            header.append(header.length() > 1 ? "," : "").append(SafetensorsJson.quote(name))
                    .append(":{\"dtype\":\"").append(Dtype.of(t.dtype()).name())
                    .append("\",\"shape\":").append(Arrays.toString(t.shape()).replace(" ", ""))
                    .append(",\"data_offsets\":[").append(offset).append(',').append(end).append("]}");
            offset = end;
        }
        header.append('}');
        // Padding with spaces to a multiple of 8 keeps the data aligned, as the reference writer does.
        while (header.toString().getBytes(StandardCharsets.UTF_8).length % 8 != 0) {
            header.append(' ');
        }
        byte[] headerBytes = header.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, "safetensors", out -> {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(headerBytes.length).array());
            out.write(headerBytes);
            for (Tensor t : tensors.values()) {
                out.write(Dtype.of(t.dtype()).encode(t.toArray()));
            }
        });
    }

    /** The tensors of a safetensors file, by name, in header order. */
    public static Map<String, Tensor> load(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Header header = readHeader(file, channel);
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            for (Entry e : header.entries) {
                ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(e.end - e.begin));
                long at = header.dataStart + e.begin;
                while (bytes.hasRemaining()) {
                    if (channel.read(bytes, at + bytes.position()) < 0) {
                        throw invalid(file, "the file ends inside tensor '" + e.name + "'");
                    }
                }
                tensors.put(e.name, e.dtype.decode(bytes.flip(), e.shape));
            }
            return tensors;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** The header's {@code "__metadata__"} strings (empty when it has none). */
    public static Map<String, String> metadata(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(file, channel).metadata;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private record Entry(String name, Dtype dtype, int[] shape, long begin, long end) {
    }

    private record Header(List<Entry> entries, Map<String, String> metadata, long dataStart) {
    }

    private static Header readHeader(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < 8) {
            throw invalid(file, "it has " + size + " bytes, too few for the 8-byte header length");
        }
        ByteBuffer lengthField = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        channel.read(lengthField, 0);
        long headerLength = lengthField.getLong(0);
        if (headerLength <= 0 || headerLength > size - 8) {
            throw invalid(file, "bad header length " + Long.toUnsignedString(headerLength) + ": the file has "
                    + (size - 8) + " bytes after the 8-byte length field");
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw invalid(file, "header length " + headerLength + " is over the format's limit of " + MAX_HEADER_BYTES + " bytes");
        }
        ByteBuffer raw = ByteBuffer.allocate((int) headerLength);
        while (raw.hasRemaining() && channel.read(raw, 8 + raw.position()) >= 0) {
            // positional reads until the header is complete
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(raw.flip()).toString();
        } catch (CharacterCodingException e) {
            throw invalid(file, "the header is not UTF-8 text");
        }
        Object parsed;
        try {
            parsed = SafetensorsJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw invalid(file, e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> top)) {
            throw invalid(file, "the header must be a JSON object, got " + describe(parsed));
        }
        long dataLength = size - 8 - headerLength;
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (var item : top.entrySet()) {
            String name = (String) item.getKey();
            if (name.equals(METADATA)) {
                if (!(item.getValue() instanceof Map<?, ?> m) || !m.values().stream().allMatch(v -> v instanceof String)) {
                    throw invalid(file, "'" + METADATA + "' must map strings to strings");
                }
                m.forEach((k, v) -> metadata.put((String) k, (String) v));
            } else {
                entries.add(entry(file, name, item.getValue(), dataLength));
            }
        }
        checkContiguous(file, entries, dataLength);
        return new Header(entries, Map.copyOf(metadata), 8 + headerLength);
    }

    private static Entry entry(Path file, String name, Object value, long dataLength) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw invalid(file, "tensor '" + name + "' must be an object {dtype, shape, data_offsets}, got " + describe(value));
        }
        for (String key : List.of("dtype", "shape", "data_offsets")) {
            if (!fields.containsKey(key)) {
                throw invalid(file, "tensor '" + name + "' has no \"" + key + "\"");
            }
        }
        if (!(fields.get("dtype") instanceof String dtypeName)) {
            throw invalid(file, "tensor '" + name + "': dtype must be a string, got " + describe(fields.get("dtype")));
        }
        Dtype dtype = Dtype.named(dtypeName);
        if (dtype == null) {
            throw invalid(file, FORMAT_DTYPES.contains(dtypeName)
                    ? "tensor '" + name + "' has dtype " + dtypeName + ", which jgrad does not read (it reads "
                            + Arrays.toString(Dtype.values()) + ")"
                    : "tensor '" + name + "' has unknown dtype '" + dtypeName + "'");
        }
        long[] shapeLongs = integers(file, name, "shape", fields.get("shape"));
        int[] shape = new int[shapeLongs.length];
        long numel = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shapeLongs[d] < 0 || shapeLongs[d] > Integer.MAX_VALUE) {
                throw invalid(file, "tensor '" + name + "' has a bad shape " + Arrays.toString(shapeLongs));
            }
            shape[d] = (int) shapeLongs[d];
            numel *= shape[d];
            if (numel > Integer.MAX_VALUE) {
                throw invalid(file, "tensor '" + name + "' of shape " + Arrays.toString(shape) + " is larger than a jgrad tensor can be");
            }
        }
        long[] offsets = integers(file, name, "data_offsets", fields.get("data_offsets"));
        if (offsets.length != 2 || offsets[0] < 0 || offsets[1] < offsets[0]) {
            throw invalid(file, "tensor '" + name + "' has bad data_offsets " + Arrays.toString(offsets) + " (expected [begin, end])");
        }
        if (offsets[1] - offsets[0] != numel * dtype.bytes) {
            throw invalid(file, "tensor '" + name + "': shape " + Arrays.toString(shape) + " of " + dtype + " needs "
                    + numel * dtype.bytes + " bytes, but data_offsets " + Arrays.toString(offsets) + " span "
                    + (offsets[1] - offsets[0]));
        }
        if (offsets[1] > dataLength) {
            throw invalid(file, "tensor '" + name + "' ends at byte " + offsets[1] + " of the data, but the file holds only "
                    + dataLength + " data bytes (truncated?)");
        }
        return new Entry(name, dtype, shape, offsets[0], offsets[1]);
    }

    /** As the reference reader requires: the tensors tile the data exactly, without gaps, overlaps or bytes left over. */
    private static void checkContiguous(Path file, List<Entry> entries, long dataLength) {
        List<Entry> byOffset = new ArrayList<>(entries);
        byOffset.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        long expected = 0;
        for (Entry e : byOffset) {
            if (e.begin != expected) {
                throw invalid(file, "tensor '" + e.name + "' starts at byte " + e.begin + " of the data, but the tensors before it end at "
                        + expected + " (the data must be contiguous, without gaps or overlaps)");
            }
            expected = e.end;
        }
        if (expected != dataLength) {
            throw invalid(file, "the data is " + dataLength + " bytes, but its tensors cover " + expected);
        }
    }

    private static long[] integers(Path file, String name, String field, Object value) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(v -> v instanceof Long)) {
            throw invalid(file, "tensor '" + name + "': " + field + " must be a list of integers, got " + describe(value));
        }
        return list.stream().mapToLong(v -> (Long) v).toArray();
    }

    private static String describe(Object json) {
        return json == null ? "null" : json instanceof Map ? "an object" : json instanceof List<?> l ? "a list " + l
                : json instanceof String s ? SafetensorsJson.quote(s) : json.toString();
    }

    private static IllegalArgumentException invalid(Path file, String what) {
        return new IllegalArgumentException(file + " is not a valid safetensors file: " + what);
    }

    /** The dtypes jgrad reads, with their byte size and little-endian codec. */
    private enum Dtype {
        F32(4), F64(8), I64(8), I32(4);

        final int bytes;

        Dtype(int bytes) {
            this.bytes = bytes;
        }

        static Dtype of(DType dtype) {
            return dtype == DType.FLOAT64 ? F64 : F32;
        }

        static Dtype named(String name) {
            for (Dtype d : values()) {
                if (d.name().equals(name)) {
                    return d;
                }
            }
            return null;
        }

        byte[] encode(double[] values) {
            ByteBuffer out = ByteBuffer.allocate(values.length * bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (double v : values) {
                if (this == F64) {
                    out.putDouble(v);
                } else {
                    out.putFloat((float) v);
                }
            }
            return out.array();
        }

        Tensor decode(ByteBuffer bytes, int[] shape) {
            bytes.order(ByteOrder.LITTLE_ENDIAN);
            int n = bytes.remaining() / this.bytes;
            if (this == F32) {
                float[] values = new float[n];
                bytes.asFloatBuffer().get(values);
                return Tensor.fromData(values, shape);
            }
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (this) {
                    case F64 -> bytes.getDouble();
                    case I64 -> bytes.getLong();
                    default -> bytes.getInt();
                };
            }
            return Tensor.fromData(values, shape, DType.FLOAT64);
        }
    }
}
