package jgrad.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputLimitTest {
    @Test
    void outputPastTheCapIsDroppedWithOneNoticeAndStreamsAreRestored() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        try {
            String result = OutputLimit.capped(2L << 20, () -> {
                String line = "y".repeat(1023);
                for (int i = 0; i < 3000; i++) { // about 3 MB, stdout and stderr sharing the cap
                    (i % 2 == 0 ? System.out : System.err).println(line);
                }
                return "done";
            });
            assertEquals("done", result);
            assertSame(sink, System.out);
            assertSame(sink, System.err);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        String notice = "\n[output truncated after 2 MB]\n";
        assertEquals((2L << 20) + notice.length(), text.length());
        assertEquals(text.indexOf(notice), text.lastIndexOf(notice));
    }
}
