package jgrad.kernel.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.KernelTimestamp;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.adapters.HeaderAdapter;
import io.github.spencerpark.jupyter.messages.adapters.HistoryRequestAdapter;
import io.github.spencerpark.jupyter.messages.adapters.KernelTimestampAdapter;
import io.github.spencerpark.jupyter.messages.adapters.MessageTypeAdapter;
import io.github.spencerpark.jupyter.messages.adapters.PublishStatusAdapter;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import io.github.spencerpark.jupyter.messages.request.HistoryRequest;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decodes one complete multipart Jupyter message (all frames already received) into a basekernel
 * {@link Message}, checking its structure and HMAC signature first. Every way a message can be bad
 * ends in a {@link RejectedMessage}; nothing is half-read, so one bad message cannot desynchronise
 * the frames of the next one.
 */
final class WireMessages {
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final int FRAMES_AFTER_DELIMITER = 5; // signature, header, parent, metadata, content
    private static final Type METADATA = new TypeToken<Map<String, Object>>() { }.getType();
    // The same type adapters basekernel's JupyterSocket uses for incoming messages.
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
            .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
            .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
            .registerTypeAdapter(PublishStatus.class, PublishStatusAdapter.INSTANCE)
            .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
            .create();

    /** Why a message was dropped; the message says what was wrong, never the key. */
    static final class RejectedMessage extends Exception {
        RejectedMessage(String reason) {
            super(reason);
        }
    }

    private final HMACGenerator hmac;
    private final boolean signed;

    WireMessages(HMACGenerator hmac, boolean signed) {
        this.hmac = hmac;
        this.signed = signed;
    }

    /**
     * A message as received: basekernel's view of it, and what basekernel cannot hold: the type's name (it
     * maps every type it does not know, such as create_subshell_request, to one "unknown") and the raw
     * header (with a subshell_id) and content.
     */
    record Incoming(Message<?> message, String type, JsonObject header, JsonObject content) {
        /** The header's subshell_id; empty for the main shell. */
        Optional<String> subshellId() {
            JsonElement id = header.get("subshell_id");
            return id == null || id.isJsonNull() ? Optional.empty() : Optional.of(id.getAsString());
        }
    }

    Incoming decodeRaw(List<byte[]> frames) throws RejectedMessage {
        Message<?> message = decode(frames);
        int delim = indexOfDelimiter(frames);
        JsonObject header = jsonObject(frames.get(delim + 2), "header").getAsJsonObject();
        JsonObject content = jsonObject(frames.get(delim + 5), "content").getAsJsonObject();
        JsonElement type = header.get("msg_type");
        return new Incoming(message, type == null || !type.isJsonPrimitive() ? "" : type.getAsString(), header, content);
    }

    /**
     * The frames of a reply of any type to {@code request}, signed: for the message types basekernel cannot
     * name. The header is the kernel's, as basekernel writes one (the request's session, "kernel" as user).
     */
    List<byte[]> encodeReply(Incoming request, String type, JsonObject content) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("username", Header.KERNEL_USERNAME);
        JsonElement session = request.header().get("session");
        header.add("session", session == null ? new com.google.gson.JsonPrimitive("") : session);
        header.addProperty("date", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header.addProperty("msg_type", type);
        header.addProperty("version", "5.3");
        byte[] h = header.toString().getBytes(StandardCharsets.UTF_8);
        byte[] parent = request.header().toString().getBytes(StandardCharsets.UTF_8);
        byte[] metadata = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] body = content.toString().getBytes(StandardCharsets.UTF_8);
        List<byte[]> frames = new ArrayList<>(request.message().getIdentities());
        frames.add(DELIMITER);
        frames.add(signed ? hmac.calculateSignature(h, parent, metadata, body).getBytes(StandardCharsets.US_ASCII)
                : new byte[0]);
        frames.add(h);
        frames.add(parent);
        frames.add(metadata);
        frames.add(body);
        return frames;
    }

    Message<?> decode(List<byte[]> frames) throws RejectedMessage {
        int delim = indexOfDelimiter(frames);
        if (delim < 0) {
            throw new RejectedMessage("no <IDS|MSG> delimiter in " + frames.size() + " frames");
        }
        if (frames.size() < delim + 1 + FRAMES_AFTER_DELIMITER) {
            throw new RejectedMessage("truncated message: " + (frames.size() - delim - 1)
                    + " frames after the delimiter, need " + FRAMES_AFTER_DELIMITER);
        }
        byte[] signature = frames.get(delim + 1);
        byte[] header = frames.get(delim + 2);
        byte[] parent = frames.get(delim + 3);
        byte[] metadata = frames.get(delim + 4);
        byte[] content = frames.get(delim + 5);
        if (signed) {
            byte[] expected = hmac.calculateSignature(header, parent, metadata, content)
                    .getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, signature)) {
                throw new RejectedMessage(signature.length == 0 ? "missing HMAC signature" : "invalid HMAC signature");
            }
        }
        try {
            return parse(frames, delim, header, parent, metadata, content);
        } catch (RuntimeException e) {
            throw new RejectedMessage("malformed message: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Message<?> parse(List<byte[]> frames, int delim, byte[] header, byte[] parent,
            byte[] metadata, byte[] content) throws RejectedMessage {
        Header<?> head = GSON.fromJson(jsonObject(header, "header"), Header.class);
        if (head == null || head.getType() == null) {
            throw new RejectedMessage("header has no msg_type");
        }
        JsonElement parentJson = jsonObject(parent, "parent_header");
        Header<?> parentHead = parentJson.getAsJsonObject().size() == 0 ? null : GSON.fromJson(parentJson, Header.class);
        Map<String, Object> meta = GSON.fromJson(jsonObject(metadata, "metadata"), METADATA);
        Class<?> contentType = head.getType().getContentType();
        Object body = GSON.fromJson(jsonObject(content, "content"), contentType == null ? Object.class : contentType);
        List<byte[]> ids = List.copyOf(frames.subList(0, delim));
        List<byte[]> blobs = List.copyOf(frames.subList(delim + 1 + FRAMES_AFTER_DELIMITER, frames.size()));
        return new Message(ids, head, parentHead, meta, body, blobs);
    }

    private static JsonElement jsonObject(byte[] frame, String what) throws RejectedMessage {
        JsonElement e = JsonParser.parseString(new String(frame, StandardCharsets.UTF_8));
        if (!e.isJsonObject()) {
            throw new RejectedMessage(what + " is not a JSON object");
        }
        return e;
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        return -1;
    }
}
