package jgrad.kernel.display;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * application/json content as Jupyter carries it: as JSON itself, not as a string of it, and with its
 * nulls (the wire's Gson leaves null members out unless a value says otherwise, as this one does).
 */
@JsonAdapter(JsonValue.Writer.class)
final class JsonValue {
    private final JsonElement element;

    JsonValue(JsonElement element) {
        this.element = element;
    }

    static final class Writer extends TypeAdapter<JsonValue> {
        private static final Gson WITH_NULLS = new GsonBuilder().serializeNulls().create();

        @Override
        public void write(JsonWriter out, JsonValue value) {
            WITH_NULLS.toJson(value.element, out);
        }

        @Override
        public JsonValue read(JsonReader in) {
            throw new UnsupportedOperationException("display data is only sent");
        }
    }
}
