package jgrad.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** {@link ReluKernels} on the Vector API: a lane-wise max, and a lane-wise "not equal to zero" (true for NaN) and a blend. */
final class VectorReluKernels implements ReluKernels.Lanes {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int L = F.length();

    @Override
    public void relu(float[] x, int xAt, float[] y, int yAt, int n) {
        int j = 0;
        for (; j + L <= n; j += L) FloatVector.fromArray(F, x, xAt + j).lanewise(VectorOperators.MAX, 0f).intoArray(y, yAt + j);
        ReluKernels.scalarRelu(x, xAt + j, y, yAt + j, n - j);
    }

    @Override
    public void keepWhereNonzero(float g, float[] y, int yAt, float[] out, int outAt, int n) {
        FloatVector zero = FloatVector.zero(F), gs = FloatVector.broadcast(F, g);
        int j = 0;
        for (; j + L <= n; j += L) {
            VectorMask<Float> keep = FloatVector.fromArray(F, y, yAt + j).compare(VectorOperators.NE, 0f);
            zero.blend(gs, keep).intoArray(out, outAt + j);
        }
        ReluKernels.scalarKeepWhereNonzero(g, y, yAt + j, out, outAt + j, n - j);
    }

    @Override
    public void keepWhereNonzero(float[] g, int gAt, float[] y, int yAt, float[] out, int outAt, int n) {
        FloatVector zero = FloatVector.zero(F);
        int j = 0;
        for (; j + L <= n; j += L) {
            VectorMask<Float> keep = FloatVector.fromArray(F, y, yAt + j).compare(VectorOperators.NE, 0f);
            zero.blend(FloatVector.fromArray(F, g, gAt + j), keep).intoArray(out, outAt + j);
        }
        ReluKernels.scalarKeepWhereNonzero(g, gAt + j, y, yAt + j, out, outAt + j, n - j);
    }
}
