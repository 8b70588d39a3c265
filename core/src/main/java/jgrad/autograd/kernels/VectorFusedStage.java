package jgrad.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FusedStage} on the Vector API. Each step is one {@code if} on a flag fixed for the whole loop, which
 * the JIT compiles with the vectors kept in registers; the tails (fewer than one vector) run the scalar code.
 */
final class VectorFusedStage implements FusedStage.Lanes {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int L = F.length();
    /** Elements summed in float vectors before the total moves to double: 16 adds per lane per accumulator. */
    private static final int SUM_RUN = 64 * L;

    private static FloatVector valueOf(FusedStage s, FloatVector v) {
        if (s.affine1) v = v.mul(s.scale1).add(s.shift1);
        if (s.clamp) v = v.lanewise(VectorOperators.MAX, s.low).lanewise(VectorOperators.MIN, s.high);
        if (s.keep) v = FloatVector.zero(F).blend(s.kept, v.compare(VectorOperators.NE, 0f)); // NaN != 0 is true
        if (s.affine2) v = v.mul(s.scale2).add(s.shift2);
        return v;
    }

    @Override
    public void apply(FusedStage s, float[] x, int xAt, float[] y, int yAt, int n) {
        int j = 0;
        for (; j + L <= n; j += L) valueOf(s, FloatVector.fromArray(F, x, xAt + j)).intoArray(y, yAt + j);
        s.scalarApply(x, xAt + j, y, yAt + j, n - j);
    }

    @Override
    public double sum(FusedStage s, float[] x, int from, int n) {
        double total = 0;
        int j = 0;
        while (j + 4 * L <= n) { // four accumulators: each add waits only for its own previous one
            int runEnd = Math.min(n, j + SUM_RUN);
            FloatVector a0 = FloatVector.zero(F), a1 = a0, a2 = a0, a3 = a0;
            for (; j + 4 * L <= runEnd; j += 4 * L) {
                a0 = a0.add(valueOf(s, FloatVector.fromArray(F, x, from + j)));
                a1 = a1.add(valueOf(s, FloatVector.fromArray(F, x, from + j + L)));
                a2 = a2.add(valueOf(s, FloatVector.fromArray(F, x, from + j + 2 * L)));
                a3 = a3.add(valueOf(s, FloatVector.fromArray(F, x, from + j + 3 * L)));
            }
            total += a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        }
        return total + s.scalarSum(x, from + j, n - j);
    }

    @Override
    public void addInto(FusedStage s, float[] x, int xAt, float[] into, int intoAt, int n) {
        int j = 0;
        for (; j + L <= n; j += L) {
            FloatVector value = valueOf(s, FloatVector.fromArray(F, x, xAt + j));
            FloatVector.fromArray(F, into, intoAt + j).add(value).intoArray(into, intoAt + j);
        }
        s.scalarAddInto(x, xAt + j, into, intoAt + j, n - j);
    }
}
