package jgrad.kernel.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.List;

/**
 * A value as it goes on the wire: JSON without its binary parts, the paths where those parts belong, and the
 * parts themselves (sent as the message's buffers, in the same order).
 */
public record EncodedState(JsonElement json, JsonArray bufferPaths, List<byte[]> buffers) {
}
