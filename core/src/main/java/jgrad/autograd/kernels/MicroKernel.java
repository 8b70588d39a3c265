package jgrad.autograd.kernels;

/**
 * The innermost block of {@link Sgemm}: one rows()×cols() tile of C updated from a packed sliver of A
 * (rows() floats per step of the shared dimension) and a packed sliver of B (cols() floats per step).
 */
interface MicroKernel {
    /** MR: rows of C per call; {@link Sgemm#MC} must be a multiple of it. */
    int rows();

    /** NR: columns of C per call; {@link Sgemm#NC} must be a multiple of it. */
    int cols();

    /**
     * c[cOff + i·ldc + j] += Σ_{p<kc} a[aOff + p·rows() + i] · b[bOff + p·cols() + j]
     * for every i < rows(), j < cols().
     */
    void multiplyAdd(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc);

    /** Σ_{p<k} a[aOff + p] · b[bOff + p]: one element of a product whose operands are both read along k. */
    float dot(float[] a, int aOff, float[] b, int bOff, int k);
}
