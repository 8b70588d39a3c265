package jgrad.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void cutsBeforeACharacterWhoseBytesAreNotAllThere() {
        byte[] b = "aé€😀".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes
        assertEquals(10, Utf8.completeEnd(b, 0, 10));
        assertEquals(6, Utf8.completeEnd(b, 0, 9), "3 of the emoji's 4 bytes");
        assertEquals(6, Utf8.completeEnd(b, 0, 7), "1 of the emoji's 4 bytes");
        assertEquals(6, Utf8.completeEnd(b, 0, 6));
        assertEquals(3, Utf8.completeEnd(b, 0, 5), "2 of the euro sign's 3 bytes");
        assertEquals(1, Utf8.completeEnd(b, 0, 2), "1 of the e-acute's 2 bytes");
        assertEquals(1, Utf8.completeEnd(b, 1, 2), "nothing whole after the offset");
    }

    @Test
    void malformedBytesCountAsWhole() {
        byte[] stray = {'a', (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80};
        assertEquals(5, Utf8.completeEnd(stray, 0, 5));
    }
}
