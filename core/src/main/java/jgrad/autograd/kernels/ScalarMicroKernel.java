package jgrad.autograd.kernels;

/**
 * Plain-Java {@link MicroKernel} used when jdk.incubator.vector is not in the boot layer: a 4×4 tile of C
 * in sixteen local accumulators (registers), so each step of the shared dimension is 8 loads for 16
 * multiply-adds and C is touched only at the start and the end.
 */
final class ScalarMicroKernel implements MicroKernel {
    static final ScalarMicroKernel INSTANCE = new ScalarMicroKernel();
    private static final int MR = 4;
    private static final int NR = 4;

    private ScalarMicroKernel() { }

    @Override
    public int rows() { return MR; }

    @Override
    public int cols() { return NR; }

    @Override
    public void multiplyAdd(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc) {
        int r0 = cOff, r1 = r0 + ldc, r2 = r1 + ldc, r3 = r2 + ldc;
        float c00 = c[r0], c01 = c[r0 + 1], c02 = c[r0 + 2], c03 = c[r0 + 3];
        float c10 = c[r1], c11 = c[r1 + 1], c12 = c[r1 + 2], c13 = c[r1 + 3];
        float c20 = c[r2], c21 = c[r2 + 1], c22 = c[r2 + 2], c23 = c[r2 + 3];
        float c30 = c[r3], c31 = c[r3 + 1], c32 = c[r3 + 2], c33 = c[r3 + 3];
        for (int p = 0, ap = aOff, bp = bOff; p < kc; p++, ap += MR, bp += NR) {
            float b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
            float x = a[ap];
            c00 += x * b0; c01 += x * b1; c02 += x * b2; c03 += x * b3;
            x = a[ap + 1];
            c10 += x * b0; c11 += x * b1; c12 += x * b2; c13 += x * b3;
            x = a[ap + 2];
            c20 += x * b0; c21 += x * b1; c22 += x * b2; c23 += x * b3;
            x = a[ap + 3];
            c30 += x * b0; c31 += x * b1; c32 += x * b2; c33 += x * b3;
        }
        c[r0] = c00; c[r0 + 1] = c01; c[r0 + 2] = c02; c[r0 + 3] = c03;
        c[r1] = c10; c[r1 + 1] = c11; c[r1 + 2] = c12; c[r1 + 3] = c13;
        c[r2] = c20; c[r2 + 1] = c21; c[r2 + 2] = c22; c[r2 + 3] = c23;
        c[r3] = c30; c[r3 + 1] = c31; c[r3 + 2] = c32; c[r3 + 3] = c33;
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int k) {
        float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;
        int p = 0;
        for (; p + 3 < k; p += 4) {
            s0 += a[aOff + p] * b[bOff + p];
            s1 += a[aOff + p + 1] * b[bOff + p + 1];
            s2 += a[aOff + p + 2] * b[bOff + p + 2];
            s3 += a[aOff + p + 3] * b[bOff + p + 3];
        }
        for (; p < k; p++) s0 += a[aOff + p] * b[bOff + p];
        return (s0 + s1) + (s2 + s3);
    }
}
