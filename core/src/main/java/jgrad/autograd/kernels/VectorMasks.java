package jgrad.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link Masks} on the Vector API: a lane-wise "not equal to zero" (true for NaN) and a blend. */
final class VectorMasks implements Masks.Lanes {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int L = F.length();

    @Override
    public void keepWhereNonzero(float g, float[] y, int yAt, float[] out, int outAt, int n) {
        FloatVector zero = FloatVector.zero(F), gs = FloatVector.broadcast(F, g);
        int j = 0;
        for (; j + L <= n; j += L) {
            VectorMask<Float> keep = FloatVector.fromArray(F, y, yAt + j).compare(VectorOperators.NE, 0f);
            zero.blend(gs, keep).intoArray(out, outAt + j);
        }
        for (; j < n; j++) out[outAt + j] = Float.intBitsToFloat(Float.floatToRawIntBits(g) & Masks.nonzeroMask(y[yAt + j]));
    }

    @Override
    public void keepWhereNonzero(float[] g, int gAt, float[] y, int yAt, float[] out, int outAt, int n) {
        FloatVector zero = FloatVector.zero(F);
        int j = 0;
        for (; j + L <= n; j += L) {
            VectorMask<Float> keep = FloatVector.fromArray(F, y, yAt + j).compare(VectorOperators.NE, 0f);
            zero.blend(FloatVector.fromArray(F, g, gAt + j), keep).intoArray(out, outAt + j);
        }
        for (; j < n; j++) {
            out[outAt + j] = Float.intBitsToFloat(Float.floatToRawIntBits(g[gAt + j]) & Masks.nonzeroMask(y[yAt + j]));
        }
    }
}
