package jgrad.autograd.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fused stage gives bit for bit what its ops give one after another in float, on every path this JVM has
 * (the Vector API one where the module is present, the scalar one always), for all three ways of consuming it.
 */
class FusedStageTest {
    private static final float[] SPECIAL = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, -0.5f, 0.5f};

    /** One op of a chain: what the builder is told, and the float it computes on its own. */
    private record Op(String name, java.util.function.Predicate<FusedStage.Builder> add, FloatOp alone) { }

    private interface FloatOp { float apply(float v); }

    private static Op randomOp(Random rng) {
        float c = rng.nextInt(4) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)] : (float) rng.nextGaussian() * 3;
        switch (rng.nextInt(6)) {
            case 0: return new Op("mul " + c, b -> b.multiply(c), v -> v * c);
            case 1: return new Op("add " + c, b -> b.add(c), v -> v + c);
            case 2: return new Op("relu", b -> b.clamp(0f, Float.POSITIVE_INFINITY), v -> Math.max(v, 0f));
            case 3: {
                float lo = (float) rng.nextGaussian(), hi = lo + rng.nextFloat() * 2;
                return new Op("clamp " + lo + ".." + hi, b -> b.clamp(lo, hi), v -> Math.min(Math.max(v, lo), hi));
            }
            case 4: return new Op("keep " + c, b -> b.keepWhereNonzero(c), v -> v != 0f ? c : 0f);
            default: return new Op("neg", b -> b.multiply(-1f), v -> -v);
        }
    }

    private interface Apply { void run(FusedStage s, float[] x, int xAt, float[] y, int yAt, int n); }

    private interface Sum { double run(FusedStage s, float[] x, int from, int n); }

    private interface AddInto { void run(FusedStage s, float[] x, int xAt, float[] into, int intoAt, int n); }

    @Test
    void everyPathGivesTheOpsOneAfterAnotherBitForBit() {
        List<Apply> applies = new ArrayList<>(List.of(FusedStage::apply, FusedStage::scalarApply));
        List<Sum> sums = new ArrayList<>(List.of(FusedStage::sum, FusedStage::scalarSum));
        List<AddInto> adds = new ArrayList<>(List.of(FusedStage::addInto, FusedStage::scalarAddInto));
        FusedStage.Lanes lanes = FusedStage.lanes();
        if (lanes != null) {
            applies.add(lanes::apply);
            sums.add(lanes::sum);
            adds.add(lanes::addInto);
        }
        Random rng = new Random(11);
        int stages = 0;
        for (int trial = 0; trial < 300; trial++) {
            FusedStage.Builder builder = new FusedStage.Builder();
            List<Op> taken = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                Op op = randomOp(rng);
                if (op.add().test(builder)) taken.add(op);
            }
            if (taken.isEmpty()) continue;
            stages++;
            FusedStage stage = builder.build();
            int n = new int[] {0, 1, 15, 16, 17, 63, 64, 65, 257, 1000, 5000}[trial % 11];
            float[] x = new float[n + 3];
            for (int i = 0; i < x.length; i++) x[i] = rng.nextInt(5) == 0 ? SPECIAL[rng.nextInt(SPECIAL.length)] : (float) rng.nextGaussian() * 2;
            float[] want = new float[n];
            double wantSum = 0, scale = 0;
            for (int j = 0; j < n; j++) {
                float v = x[3 + j];
                for (Op op : taken) v = op.alone().apply(v);
                want[j] = v;
                wantSum += v;
                scale += Math.abs(v);
            }
            String what = "stage " + taken.stream().map(Op::name).toList() + ", n " + n;
            for (Apply path : applies) {
                float[] y = new float[n + 1];
                path.run(stage, x, 3, y, 1, n);
                for (int j = 0; j < n; j++) assertBits(want[j], y[1 + j], what + ", apply, element " + j);
                float[] inPlace = x.clone();
                path.run(stage, inPlace, 3, inPlace, 3, n);
                for (int j = 0; j < n; j++) assertBits(want[j], inPlace[3 + j], what + ", in place, element " + j);
            }
            for (AddInto path : adds) {
                float[] into = new float[n + 2];
                for (int j = 0; j < into.length; j++) into[j] = j * 0.25f;
                path.run(stage, x, 3, into, 2, n);
                for (int j = 0; j < n; j++) assertBits((2 + j) * 0.25f + want[j], into[2 + j], what + ", add into, element " + j);
                assertEquals(0.25f, into[1], what + ": before the range untouched");
            }
            for (Sum path : sums) {
                double got = path.run(stage, x, 3, n);
                if (Double.isNaN(wantSum)) assertTrue(Double.isNaN(got), what + ": sum " + got + ", want NaN");
                else if (Double.isInfinite(wantSum)) assertEquals(wantSum, got, what);
                else assertEquals(wantSum, got, 1e-6 * scale + 1e-30, what + ": sum");
            }
        }
        assertTrue(stages > 200, "most trials built a stage");
    }

    private static void assertBits(float want, float got, String what) {
        if (Float.isNaN(want)) assertTrue(Float.isNaN(got), what + ": got " + got + ", want NaN");
        else assertEquals(Float.floatToRawIntBits(want), Float.floatToRawIntBits(got), what + ": got " + got + ", want " + want);
    }

    @Test
    void theBuilderTakesOpsOnlyInTheStagesOrder() {
        FusedStage.Builder b = new FusedStage.Builder();
        assertTrue(b.isEmpty());
        assertTrue(b.multiply(2f));
        assertTrue(b.add(1f));
        assertTrue(b.clamp(0f, Float.POSITIVE_INFINITY));
        assertFalse(b.clamp(0f, 1f), "a second clamp needs a new stage");
        assertTrue(b.keepWhereNonzero(3f));
        assertFalse(b.keepWhereNonzero(3f));
        assertTrue(b.multiply(2f));
        assertFalse(b.multiply(2f), "a third multiply needs a new stage");
        assertTrue(b.add(-1f));
        assertFalse(b.add(1f));
        assertFalse(b.isEmpty());

        FusedStage.Builder late = new FusedStage.Builder();
        assertTrue(late.keepWhereNonzero(1f));
        assertFalse(late.clamp(0f, 1f), "a clamp after the mask would run before it");
        assertTrue(late.add(2f), "an add after the mask is the second affine step");
        float[] out = new float[2];
        late.build().apply(new float[] {0f, 5f}, 0, out, 0, 2);
        assertEquals(2f, out[0]);
        assertEquals(3f, out[1]);
    }

    @Test
    void anEmptyStageIsTheIdentityEvenForNegativeZero() {
        float[] x = {-0f, 0f, Float.NaN, -3f};
        float[] y = new float[4];
        new FusedStage.Builder().build().apply(x, 0, y, 0, 4);
        assertBits(-0f, y[0], "-0");
        assertBits(0f, y[1], "+0");
        assertTrue(Float.isNaN(y[2]));
        assertBits(-3f, y[3], "-3");
        FusedStage.Builder addOnly = new FusedStage.Builder();
        addOnly.add(0f);
        addOnly.build().apply(x, 0, y, 0, 1);
        assertBits(0f, y[0], "-0 + 0 is +0, as on its own");
    }
}
