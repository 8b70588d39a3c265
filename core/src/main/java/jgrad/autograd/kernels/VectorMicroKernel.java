package jgrad.autograd.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MicroKernel} on the JDK Vector API: an MR × (2 vectors) tile of C held in vector registers, updated
 * per step of the shared dimension with two loads of B, MR broadcasts of A and 2·MR FMAs.
 * MR follows the register file: with AVX2 (16 ymm registers, 8 floats each) 6 rows, a 6×16 tile in 12
 * accumulators; with AVX-512 (32 zmm registers, 16 floats) 8 rows, an 8×32 tile in 16 accumulators
 * (8 rows measured faster than 6 with AVX-512; with AVX2 8 rows spill registers).
 *
 * <p>Like every Vector API kernel it is created only through {@link VectorApi}, after the module was found in
 * the boot layer, so everything else loads without it.
 */
final class VectorMicroKernel implements MicroKernel {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int L = F.length();
    private static final int MR = L >= 16 ? 8 : 6;

    @Override
    public int rows() { return MR; }

    @Override
    public int cols() { return 2 * L; }

    @Override
    public void multiplyAdd(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc) {
        if (MR == 8) rows8(kc, a, aOff, b, bOff, c, cOff, ldc);
        else rows6(kc, a, aOff, b, bOff, c, cOff, ldc);
    }

    private static void rows6(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc) {
        int r0 = cOff + 0 * ldc, r1 = cOff + 1 * ldc, r2 = cOff + 2 * ldc, r3 = cOff + 3 * ldc, r4 = cOff + 4 * ldc, r5 = cOff + 5 * ldc;
        FloatVector c00 = FloatVector.fromArray(F, c, r0), c01 = FloatVector.fromArray(F, c, r0 + L);
        FloatVector c10 = FloatVector.fromArray(F, c, r1), c11 = FloatVector.fromArray(F, c, r1 + L);
        FloatVector c20 = FloatVector.fromArray(F, c, r2), c21 = FloatVector.fromArray(F, c, r2 + L);
        FloatVector c30 = FloatVector.fromArray(F, c, r3), c31 = FloatVector.fromArray(F, c, r3 + L);
        FloatVector c40 = FloatVector.fromArray(F, c, r4), c41 = FloatVector.fromArray(F, c, r4 + L);
        FloatVector c50 = FloatVector.fromArray(F, c, r5), c51 = FloatVector.fromArray(F, c, r5 + L);
        for (int p = 0; p < kc; p++) {
            int ap = aOff + 6 * p, bp = bOff + 2 * L * p; // linear in p: the JIT hoists the bounds checks
            FloatVector b0 = FloatVector.fromArray(F, b, bp), b1 = FloatVector.fromArray(F, b, bp + L);
            FloatVector x;
            x = FloatVector.broadcast(F, a[ap + 0]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(F, a[ap + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(F, a[ap + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(F, a[ap + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(F, a[ap + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(F, a[ap + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        c00.intoArray(c, r0);
        c01.intoArray(c, r0 + L);
        c10.intoArray(c, r1);
        c11.intoArray(c, r1 + L);
        c20.intoArray(c, r2);
        c21.intoArray(c, r2 + L);
        c30.intoArray(c, r3);
        c31.intoArray(c, r3 + L);
        c40.intoArray(c, r4);
        c41.intoArray(c, r4 + L);
        c50.intoArray(c, r5);
        c51.intoArray(c, r5 + L);
    }

    private static void rows8(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc) {
        int r0 = cOff + 0 * ldc, r1 = cOff + 1 * ldc, r2 = cOff + 2 * ldc, r3 = cOff + 3 * ldc, r4 = cOff + 4 * ldc, r5 = cOff + 5 * ldc, r6 = cOff + 6 * ldc, r7 = cOff + 7 * ldc;
        FloatVector c00 = FloatVector.fromArray(F, c, r0), c01 = FloatVector.fromArray(F, c, r0 + L);
        FloatVector c10 = FloatVector.fromArray(F, c, r1), c11 = FloatVector.fromArray(F, c, r1 + L);
        FloatVector c20 = FloatVector.fromArray(F, c, r2), c21 = FloatVector.fromArray(F, c, r2 + L);
        FloatVector c30 = FloatVector.fromArray(F, c, r3), c31 = FloatVector.fromArray(F, c, r3 + L);
        FloatVector c40 = FloatVector.fromArray(F, c, r4), c41 = FloatVector.fromArray(F, c, r4 + L);
        FloatVector c50 = FloatVector.fromArray(F, c, r5), c51 = FloatVector.fromArray(F, c, r5 + L);
        FloatVector c60 = FloatVector.fromArray(F, c, r6), c61 = FloatVector.fromArray(F, c, r6 + L);
        FloatVector c70 = FloatVector.fromArray(F, c, r7), c71 = FloatVector.fromArray(F, c, r7 + L);
        for (int p = 0; p < kc; p++) {
            int ap = aOff + 8 * p, bp = bOff + 2 * L * p; // linear in p: the JIT hoists the bounds checks
            FloatVector b0 = FloatVector.fromArray(F, b, bp), b1 = FloatVector.fromArray(F, b, bp + L);
            FloatVector x;
            x = FloatVector.broadcast(F, a[ap + 0]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(F, a[ap + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(F, a[ap + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(F, a[ap + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(F, a[ap + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(F, a[ap + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(F, a[ap + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(F, a[ap + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(c, r0);
        c01.intoArray(c, r0 + L);
        c10.intoArray(c, r1);
        c11.intoArray(c, r1 + L);
        c20.intoArray(c, r2);
        c21.intoArray(c, r2 + L);
        c30.intoArray(c, r3);
        c31.intoArray(c, r3 + L);
        c40.intoArray(c, r4);
        c41.intoArray(c, r4 + L);
        c50.intoArray(c, r5);
        c51.intoArray(c, r5 + L);
        c60.intoArray(c, r6);
        c61.intoArray(c, r6 + L);
        c70.intoArray(c, r7);
        c71.intoArray(c, r7 + L);
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int k) {
        FloatVector s0 = FloatVector.zero(F), s1 = FloatVector.zero(F);
        int p = 0;
        for (; p + 2 * L <= k; p += 2 * L) {
            s0 = FloatVector.fromArray(F, a, aOff + p).fma(FloatVector.fromArray(F, b, bOff + p), s0);
            s1 = FloatVector.fromArray(F, a, aOff + p + L).fma(FloatVector.fromArray(F, b, bOff + p + L), s1);
        }
        float sum = s0.add(s1).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
        for (; p < k; p++) sum += a[aOff + p] * b[bOff + p];
        return sum;
    }
}
