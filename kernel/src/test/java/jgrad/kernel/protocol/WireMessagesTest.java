package jgrad.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireMessagesTest {
    private static final String HEADER = "{\"msg_id\":\"1\",\"username\":\"u\",\"session\":\"s\","
            + "\"date\":\"2026-01-01T00:00:00.000000Z\",\"msg_type\":\"execute_request\",\"version\":\"5.3\"}";
    private static final String CONTENT = "{\"code\":\"1+1\",\"silent\":false,\"store_history\":true,"
            + "\"user_expressions\":{},\"allow_stdin\":false,\"stop_on_error\":true}";

    private final HMACGenerator hmac = hmac();
    private final WireMessages wire = new WireMessages(hmac, true);

    private static HMACGenerator hmac() {
        try {
            return new HMACGenerator("hmac-sha256", "secret-key");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<byte[]> frames(String signature, String header, String content) {
        List<byte[]> f = new ArrayList<>();
        for (String s : List.of("client-id", "<IDS|MSG>", signature, header, "{}", "{}", content)) {
            f.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    private String sign(String header, String content) {
        byte[][] parts = {header.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
            "{}".getBytes(StandardCharsets.UTF_8), content.getBytes(StandardCharsets.UTF_8)};
        return hmac.calculateSignature(parts);
    }

    @Test
    void aCorrectlySignedMessageDecodes() throws Exception {
        Message<?> m = wire.decode(frames(sign(HEADER, CONTENT), HEADER, CONTENT));
        assertEquals("execute_request", m.getHeader().getType().getName());
        assertEquals(1, m.getIdentities().size());
    }

    @Test
    void missingWrongOrStaleSignaturesAreRejected() {
        assertEquals("missing HMAC signature", assertThrows(WireMessages.RejectedMessage.class,
                () -> wire.decode(frames("", HEADER, CONTENT))).getMessage());
        assertEquals("invalid HMAC signature", assertThrows(WireMessages.RejectedMessage.class,
                () -> wire.decode(frames("00" + sign(HEADER, CONTENT).substring(2), HEADER, CONTENT))).getMessage());
        String other = CONTENT.replace("1+1", "System.exit(0)");
        assertThrows(WireMessages.RejectedMessage.class, () -> wire.decode(frames(sign(HEADER, CONTENT), HEADER, other)));
    }

    @Test
    void truncatedAndUnparsableMessagesAreRejectedWithTheReason() {
        List<byte[]> truncated = frames(sign(HEADER, CONTENT), HEADER, CONTENT).subList(0, 4);
        assertTrue(assertThrows(WireMessages.RejectedMessage.class, () -> wire.decode(truncated))
                .getMessage().startsWith("truncated message"));
        assertTrue(assertThrows(WireMessages.RejectedMessage.class,
                () -> wire.decode(List.of("no delimiter".getBytes(StandardCharsets.UTF_8))))
                .getMessage().startsWith("no <IDS|MSG> delimiter"));
        String badContent = "{\"code\":{\"not\":\"a string\"}}";
        assertTrue(assertThrows(WireMessages.RejectedMessage.class,
                () -> wire.decode(frames(sign(HEADER, badContent), HEADER, badContent)))
                .getMessage().startsWith("malformed message"));
        String array = "[1]";
        assertEquals("content is not a JSON object", assertThrows(WireMessages.RejectedMessage.class,
                () -> wire.decode(frames(sign(HEADER, array), HEADER, array))).getMessage());
    }
}
