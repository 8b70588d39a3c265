package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryReserveTest {
    @Test
    void withoutAMemoryLimitTheHintSaysHowToRaiseTheHeap() {
        String hint = MemoryReserve.outOfMemoryHint(1_000_000_000L, 900_000_000L, 0);
        assertTrue(hint.startsWith("hint: the kernel's Java heap holds at most 1.0 GB (900 MB in use now)."), hint);
        assertTrue(hint.contains("set JGRAD_JVM_OPTS=-Xmx2g"), hint);
    }

    @Test
    void underAMemoryLimitTheHintNamesItAndSuggestsNoBiggerHeap() {
        String hint = MemoryReserve.outOfMemoryHint(509_607_936L, 500_000_000L, 1L << 30);
        assertTrue(hint.startsWith("hint: the kernel's Java heap holds at most 510 MB (500 MB in use now), its share "
                + "of this server's memory limit of 1.1 GB."), hint);
        assertTrue(hint.contains("setting big variables to null"), hint);
        assertFalse(hint.contains("-Xmx"), hint); // a heap past the limit gets the kernel killed
    }
}
