package jgrad.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NiceNumbersTest {
    private static List<String> labels(double lo, double hi, double... ticks) {
        var format = NiceNumbers.axisLabels(lo, hi);
        return java.util.Arrays.stream(ticks).mapToObj(format::apply).toList();
    }

    @Test
    void oneAxisUsesOneNotation() {
        assertEquals(List.of("0", "0.0004", "0.0008", "0.0012"), labels(0, 0.0012, 0, 4e-4, 8e-4, 0.0012));
        assertEquals(List.of("0", "2e-5", "4e-5", "1.2e-4"), labels(0, 1.2e-4, 0, 2e-5, 4e-5, 1.2e-4));
        assertEquals(List.of("500M", "1e9", "1.5e9"), List.of(NiceNumbers.label(5e8), NiceNumbers.label(1e9),
                NiceNumbers.label(1.5e9)), "what a single label does");
        assertEquals(List.of("5e8", "1e9", "1.5e9"), labels(5e8, 1.5e9, 5e8, 1e9, 1.5e9));
        assertEquals(List.of("-0.5", "0", "2.5k"), labels(-0.5, 2500, -0.5, 0, 2500));
        assertEquals("1e0", NiceNumbers.scientific(1));
        assertEquals("nan", NiceNumbers.scientific(Double.NaN));
    }

    @Test
    void aLogAxisHoldsTwoPowersOfTen() {
        assertArrayEquals(new double[] {0.01, 0.1}, NiceAxes.twoDecades(0.02, 0.09), 1e-15, "inside one decade");
        assertArrayEquals(new double[] {0.003, 0.1}, NiceAxes.twoDecades(0.003, 0.05), 1e-15, "the shorter way up");
        assertArrayEquals(new double[] {0.001, 0.02}, NiceAxes.twoDecades(0.0015, 0.02), 1e-15, "the shorter way down");
        assertArrayEquals(new double[] {1e-7, 10}, NiceAxes.twoDecades(1e-7, 10), 0, "already wide");
        assertEquals("0E0", NiceAxes.logPattern(1e-7, 10));
        assertEquals("0.###", NiceAxes.logPattern(0.0015, 20));
        assertEquals("0E0", NiceAxes.logPattern(0.5, 20_000));
    }
}
