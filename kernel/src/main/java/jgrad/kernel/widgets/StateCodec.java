package jgrad.kernel.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Widget state between Java values and the wire. Java side: null, Boolean, Number, String, byte[] (binary),
 * List and Map with String keys, nested freely. On the wire a byte[] leaves the JSON and travels as a buffer:
 * removed from an object, replaced by null in a list, its path recorded (ipywidgets' _remove_buffers).
 */
public final class StateCodec {
    private StateCodec() {
    }

    /** {@code value} as JSON plus its binary buffers and their paths. */
    public static EncodedState encode(Object value) {
        JsonArray paths = new JsonArray();
        List<byte[]> buffers = new ArrayList<>();
        JsonElement json = encode(value, new ArrayList<>(), paths, buffers);
        return new EncodedState(json, paths, buffers);
    }

    private static JsonElement encode(Object value, List<Object> path, JsonArray paths, List<byte[]> buffers) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonElement json) {
            return json.deepCopy();
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof CharSequence s) {
            return new JsonPrimitive(s.toString());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject out = new JsonObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                List<Object> at = append(path, key);
                if (e.getValue() instanceof byte[] bytes) {
                    record(at, bytes, paths, buffers);
                } else {
                    out.add(key, encode(e.getValue(), at, paths, buffers));
                }
            }
            return out;
        }
        if (value instanceof List<?> list) {
            JsonArray out = new JsonArray();
            for (int i = 0; i < list.size(); i++) {
                List<Object> at = append(path, i);
                if (list.get(i) instanceof byte[] bytes) {
                    record(at, bytes, paths, buffers);
                    out.add(JsonNull.INSTANCE);
                } else {
                    out.add(encode(list.get(i), at, paths, buffers));
                }
            }
            return out;
        }
        if (value instanceof byte[]) {
            throw new IllegalArgumentException("binary data must be inside a map or list of the widget's state");
        }
        throw new IllegalArgumentException("a widget's state cannot hold a " + value.getClass().getName()
                + ": use null, Boolean, Number, String, byte[], List or Map");
    }

    private static void record(List<Object> path, byte[] bytes, JsonArray paths, List<byte[]> buffers) {
        JsonArray p = new JsonArray();
        for (Object step : path) {
            p.add(step instanceof Integer i ? new JsonPrimitive(i) : new JsonPrimitive(step.toString()));
        }
        paths.add(p);
        buffers.add(bytes);
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> out = new ArrayList<>(path);
        out.add(step);
        return out;
    }

    /**
     * A state object from the wire as Java values (integers as Long, other numbers as Double), with the
     * buffers put back at their paths as byte[].
     */
    public static Map<String, Object> decode(JsonObject state, JsonArray bufferPaths, List<byte[]> buffers) {
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) decode(state);
        if (bufferPaths == null) {
            return out;
        }
        for (int i = 0; i < bufferPaths.size() && i < buffers.size(); i++) {
            put(out, bufferPaths.get(i).getAsJsonArray(), buffers.get(i));
        }
        return out;
    }

    /** A JSON value as Java values (objects as ordered maps, arrays as lists). */
    public static Object decode(JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        if (json.isJsonObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            json.getAsJsonObject().entrySet().forEach(e -> out.put(e.getKey(), decode(e.getValue())));
            return out;
        }
        if (json.isJsonArray()) {
            List<Object> out = new ArrayList<>();
            json.getAsJsonArray().forEach(e -> out.add(decode(e)));
            return out;
        }
        JsonPrimitive p = json.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isString()) {
            return p.getAsString();
        }
        String text = p.getAsNumber().toString();
        if (text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        return p.getAsDouble();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> state, JsonArray path, byte[] buffer) {
        Object at = state;
        for (int i = 0; i < path.size(); i++) {
            JsonPrimitive step = path.get(i).getAsJsonPrimitive();
            boolean last = i == path.size() - 1;
            if (at instanceof Map<?, ?> map) {
                String key = step.getAsString();
                if (last) {
                    ((Map<String, Object>) map).put(key, buffer);
                    return;
                }
                at = map.get(key);
            } else if (at instanceof List<?> list && step.isNumber()) {
                int index = step.getAsInt();
                if (index < 0 || index >= list.size()) {
                    throw new IllegalArgumentException("buffer path " + path + " is outside the state");
                }
                if (last) {
                    ((List<Object>) list).set(index, buffer);
                    return;
                }
                at = list.get(index);
            } else {
                throw new IllegalArgumentException("buffer path " + path + " does not lead into the state");
            }
        }
    }
}
