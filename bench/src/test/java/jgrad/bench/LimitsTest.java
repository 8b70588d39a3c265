package jgrad.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LimitsTest {
    @Test
    void copyThreadsTogetherCoverTheWholeArray() {
        float[] from = new float[1001];
        for (int i = 0; i < from.length; i++) {
            from[i] = i + 1;
        }
        float[] to = new float[from.length];
        double gbps = Limits.copyGBps(3, from, to, 0.01);
        assertArrayEquals(from, to);
        assertTrue(gbps > 0, "bandwidth " + gbps);
    }
}
