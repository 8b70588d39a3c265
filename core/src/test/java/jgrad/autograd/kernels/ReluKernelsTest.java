package jgrad.autograd.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ReLU's gradient select on every path this JVM has: g where y is not ±0 (NaN included), else +0. */
class ReluKernelsTest {
    private static final float[] SPECIAL = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.MIN_VALUE, 1e-30f, 3f};

    private interface ScalarG { void run(float g, float[] y, int yAt, float[] out, int outAt, int n); }

    private interface ArrayG { void run(float[] g, int gAt, float[] y, int yAt, float[] out, int outAt, int n); }

    @Test
    void everyPathKeepsTheGradientExactlyWhereTheOutputIsNotZero() {
        List<ScalarG> scalarPaths = new ArrayList<>(List.of(ReluKernels::scalarKeepWhereNonzero, ReluKernels::keepWhereNonzero));
        List<ArrayG> arrayPaths = new ArrayList<>(List.of(ReluKernels::scalarKeepWhereNonzero, ReluKernels::keepWhereNonzero));
        if (ReluKernels.lanes() != null) {
            scalarPaths.add(ReluKernels.lanes()::keepWhereNonzero);
            arrayPaths.add(ReluKernels.lanes()::keepWhereNonzero);
        }
        Random rng = new Random(9);
        for (int n : new int[] {0, 1, 7, 16, 17, 33, 100, 1000}) {
            float[] y = new float[n + 3], g = new float[n + 5];
            for (int i = 0; i < y.length; i++) y[i] = rng.nextInt(3) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)] : rng.nextFloat();
            for (int i = 0; i < g.length; i++) g[i] = (float) rng.nextGaussian();
            for (ScalarG path : scalarPaths) {
                float[] out = new float[n + 2];
                path.run(-2.5f, y, 3, out, 1, n);
                for (int j = 0; j < n; j++) check(-2.5f, y[3 + j], out[1 + j], "scalar g, n " + n + ", element " + j);
                assertEquals(0f, out[0], "before the output untouched");
            }
            for (ArrayG path : arrayPaths) {
                float[] out = new float[n];
                path.run(g, 5, y, 3, out, 0, n);
                for (int j = 0; j < n; j++) check(g[5 + j], y[3 + j], out[j], "array g, n " + n + ", element " + j);
            }
        }
    }

    private static void check(float g, float y, float got, String what) {
        float want = y != 0f || Float.isNaN(y) ? g : 0f;
        assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got), what + " (y = " + y + ")");
    }

    private interface Forward { void run(float[] x, int xAt, float[] y, int yAt, int n); }

    @Test
    void everyForwardPathGivesMathMaxWithZero() {
        List<Forward> paths = new ArrayList<>(List.of(ReluKernels::scalarRelu, ReluKernels::relu));
        if (ReluKernels.lanes() != null) paths.add(ReluKernels.lanes()::relu);
        float[] special = {0f, -0f, Float.NaN, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, -Float.MIN_VALUE, -3f, 3f};
        Random rng = new Random(10);
        for (int n : new int[] {0, 1, 15, 16, 17, 100, 1000}) {
            float[] x = new float[n + 2];
            for (int i = 0; i < x.length; i++) x[i] = rng.nextInt(3) == 0 ? special[rng.nextInt(special.length)] : (float) rng.nextGaussian();
            for (Forward path : paths) {
                float[] y = new float[n + 1];
                path.run(x, 2, y, 1, n);
                for (int j = 0; j < n; j++) {
                    assertEquals(Float.floatToRawIntBits(Math.max(x[2 + j], 0f)), Float.floatToRawIntBits(y[1 + j]),
                            "relu of " + x[2 + j] + " at " + j + ", n " + n);
                }
                float[] inPlace = x.clone();
                path.run(inPlace, 2, inPlace, 2, n);
                for (int j = 0; j < n; j++) assertEquals(Math.max(x[2 + j], 0f), inPlace[2 + j], "in place at " + j);
            }
        }
    }
}
