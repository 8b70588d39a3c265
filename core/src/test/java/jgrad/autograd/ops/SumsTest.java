package jgrad.autograd.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The float sums against an exact (double, sequential) sum, on lengths around every chunk and split edge. */
class SumsTest {
    private final Random rng = new Random(5);

    @Test
    void matchesTheExactSumOnEveryLength() {
        int[] lengths = {0, 1, 2, 3, 63, 64, 65, 127, 128, 129, 1000, 4095, 4096, 4097, 8191, 8193, 12_345,
            32_767, 32_768, 32_769, 100_003, 1_000_000};
        for (int n : lengths) {
            for (int from : new int[] {0, 3}) {
                float[] x = new float[from + n + 2];
                for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
                double exact = 0, scale = 0;
                for (int i = from; i < from + n; i++) {
                    exact += x[i];
                    scale += Math.abs(x[i]);
                }
                // pairwise float adds: error grows with log2(chunk) float roundings of partial sums
                assertEquals(exact, Sums.of(x, from, n), 1e-6 * scale + 1e-12, "length " + n + " from " + from);
            }
        }
    }

    @Test
    void addsLargeAndSmallTermsWithoutLosingTheSmallOnes() {
        float[] x = new float[1 << 20];
        java.util.Arrays.fill(x, 1f);
        x[0] = 1e7f; // a running float total would stop growing at 2^24; chunked sums do not
        assertEquals(1e7 + (1 << 20) - 1, Sums.of(x, 0, x.length), 0.5);
    }
}
