package jgrad.kernel.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binary buffers leave the JSON with their paths and come back to them, as ipywidgets' _remove_buffers/_put_buffers. */
class StateCodecTest {
    @Test
    void buffersAreRemovedFromObjectsAndNulledInListsWithTheirPaths() {
        byte[] a = {1};
        byte[] b = {2, 2};
        byte[] c = {3, 3, 3};
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("c", c);
        inner.put("shape", List.of(3));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("a", a);
        state.put("b", Arrays.asList(1, b, inner));
        state.put("n", null);
        EncodedState encoded = StateCodec.encode(state);
        assertEquals(JsonParser.parseString("{\"b\": [1, null, {\"shape\": [3]}], \"n\": null}"), encoded.json());
        assertEquals(JsonParser.parseString("[[\"a\"], [\"b\", 1], [\"b\", 2, \"c\"]]"), encoded.bufferPaths());
        assertEquals(List.of(a, b, c), encoded.buffers());

        Map<String, Object> back = StateCodec.decode(encoded.json().getAsJsonObject(), encoded.bufferPaths(),
                new ArrayList<>(encoded.buffers()));
        assertArrayEquals(a, (byte[]) back.get("a"));
        List<?> list = (List<?>) back.get("b");
        assertEquals(1L, list.get(0));
        assertArrayEquals(b, (byte[]) list.get(1));
        assertArrayEquals(c, (byte[]) ((Map<?, ?>) list.get(2)).get("c"));
    }

    @Test
    void wholeNumbersDecodeAsLongsAndOthersAsDoubles() {
        Map<String, Object> state = StateCodec.decode(
                JsonParser.parseString("{\"i\": 5, \"f\": 5.0, \"e\": 1e-3, \"s\": \"x\", \"t\": true}").getAsJsonObject(),
                null, List.of());
        assertEquals(Map.of("i", 5L, "f", 5.0, "e", 1e-3, "s", "x", "t", true), state);
    }

    @Test
    void stateThatIsNotJsonIsAClearError() {
        assertEquals("a widget's state cannot hold a java.lang.Thread: use null, Boolean, Number, String, byte[], List or Map",
                assertThrows(IllegalArgumentException.class, () -> StateCodec.encode(Map.of("t", new Thread())))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(
                JsonParser.parseString("{\"x\": 1}").getAsJsonObject(),
                JsonParser.parseString("[[\"y\", 0]]").getAsJsonArray(), List.of(new byte[1])));
    }
}
