package jgrad.autograd.kernels;

/**
 * Plain-Java {@link MicroKernel} used when jdk.incubator.vector is not in the boot layer. The j loop is a
 * fixed 16-float axpy over an L1-resident C row, which C2 still turns into SIMD code.
 */
final class ScalarMicroKernel implements MicroKernel {
    static final ScalarMicroKernel INSTANCE = new ScalarMicroKernel();
    private static final int MR = 4;
    private static final int NR = 16;

    private ScalarMicroKernel() { }

    @Override
    public int rows() { return MR; }

    @Override
    public int cols() { return NR; }

    @Override
    public void multiplyAdd(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc) {
        for (int p = 0; p < kc; p++) {
            int ap = aOff + p * MR, bp = bOff + p * NR;
            for (int i = 0; i < MR; i++) {
                float ai = a[ap + i];
                int ci = cOff + i * ldc;
                for (int j = 0; j < NR; j++) c[ci + j] += ai * b[bp + j];
            }
        }
    }
}
