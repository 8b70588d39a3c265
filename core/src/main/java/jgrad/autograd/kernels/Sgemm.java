package jgrad.autograd.kernels;

import java.util.Arrays;

/**
 * Row-major C[n×m] = A[n×k] · B[k×m] in float32 arithmetic, for FLOAT32 tensors.
 *
 * <p>Blocking scheme (Goto/BLIS), with MR×NR the {@link MicroKernel}'s register tile:
 * <pre>
 * for jc over columns, NC at a time
 *   for each pass over k, PASS_DEPTH (4 slabs of KC) at a time
 *     pack B[pass, jc:+NC] into slabs (≤ KC deep, as even as the pass allows) of NR-wide slivers
 *                              (≤ 4 MiB, L3, shared by all threads; packed in parallel too)
 *     in parallel, one task per (block of ≤ MC rows) × (run of B slivers), for each slab pc:
 *       pack A[rows, pc:+KC] into MR-high slivers [sliver][p][MR]     (≤ 120 KiB, the thread's own, L2)
 *       for each B sliver (KC×NR floats, ≤ 32 KiB: stays in L1)
 *         for each A sliver: micro-kernel adds an MR×NR tile into C
 * </pre>
 * The packed panels are zero padded, so the micro-kernel never handles edges: a whole tile is added in C
 * itself, a tile that overhangs C's edge goes through a small buffer of the thread's own. Packing buffers
 * are kept per thread between products. Tasks share the packed B panel and write disjoint tiles of C; the
 * passes keep the number of fork/join barriers per product low.
 */
public final class Sgemm {
    static final int MC = 120; // a multiple of every micro-kernel's rows (4, 6, 8)
    static final int KC = 256;
    static final int NC = 1024; // a multiple of every micro-kernel's cols (4, 16, 32)
    static final int PASS_DEPTH = 4 * KC; // k rows of B packed per parallel pass (≤ 4 MiB, in L3)
    private static final long PARALLEL_FMAS = 1L << 20;
    private static final ThreadLocal<float[]> A_PANEL = ThreadLocal.withInitial(() -> new float[MC * KC]);
    private static final ThreadLocal<float[]> EDGE_TILE = new ThreadLocal<>();
    private static final ThreadLocal<float[]> B_PANEL = new ThreadLocal<>();
    private static final MicroKernel KERNEL = fastestAvailable();

    private final MicroKernel kernel;
    private final float[] a, b, c;
    private final int aOff, bOff, cOff, n, k, m;
    private final boolean transA, transB;
    private final int mr, nr;
    private final float[] bPanel;

    private Sgemm(MicroKernel kernel, float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB,
                  float[] c, int cOff, int n, int k, int m) {
        this.kernel = kernel;
        this.transA = transA;
        this.transB = transB;
        this.a = a;
        this.b = b;
        this.c = c;
        this.aOff = aOff;
        this.bOff = bOff;
        this.cOff = cOff;
        this.n = n;
        this.k = k;
        this.m = m;
        mr = kernel.rows();
        nr = kernel.cols();
        bPanel = threadBuffer(B_PANEL, Math.min(PASS_DEPTH, k) * Math.min(NC, roundUp(m, nr)));
    }

    /** Whether products run on the Vector API micro-kernel (false: jdk.incubator.vector is not enabled). */
    public static boolean usesVectorApi() {
        return KERNEL != ScalarMicroKernel.INSTANCE;
    }

    /**
     * Below this many multiply-adds packing costs more than it saves: {@link #multiply} then runs a plain loop.
     */
    static final long PACKED_MIN_FMAS = 1L << 12;

    /** c[cOff..] = a[aOff..] · b[bOff..] in float32 arithmetic (c is overwritten). */
    public static void multiply(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int n, int k, int m) {
        multiply(a, aOff, false, b, bOff, false, c, cOff, n, k, m);
    }

    /**
     * c = op(a) · op(b) where op(a) is A [n×k] stored row-major, or with {@code transA} Aᵀ stored row-major
     * ([k×n], so A[i][p] = a[aOff + p·n + i]); likewise {@code transB} reads B [k×m] from Bᵀ stored [m×k].
     * A transposed operand (a weight's Wᵀ, or the saved inputs in backward) is read in place instead of copied.
     */
    public static void multiply(float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB,
                                float[] c, int cOff, int n, int k, int m) {
        long fmas = (long) n * k * m;
        if (fmas < PACKED_MIN_FMAS) direct(a, aOff, transA, b, bOff, transB, c, cOff, n, k, m);
        else if (!transA && transB && m <= NARROW_M && n <= NARROW_M) dots(KERNEL, a, aOff, b, bOff, c, cOff, n, k, m);
        else multiply(KERNEL, a, aOff, transA, b, bOff, transB, c, cOff, n, k, m);
    }

    /**
     * Up to this many rows and columns, a product of A by a transposed B is computed as n·m dot products of rows
     * that are both contiguous along k (a convolution's weight gradient: 8 filters × 9 taps over 676 positions),
     * where packing would pad 9 columns to a 32-wide tile.
     */
    static final int NARROW_M = 16;

    /** c[i][j] = row i of A · row j of Bᵀ, each a dot product along k. */
    static void dots(MicroKernel kernel, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int n, int k, int m) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) c[cOff + i * m + j] = kernel.dot(a, aOff + i * k, b, bOff + j * k, k);
        }
    }

    /** The unpacked product for small sizes: a row of C accumulates rows of B scaled by A (vectorised axpy). */
    static void direct(float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB,
                       float[] c, int cOff, int n, int k, int m) {
        Arrays.fill(c, cOff, cOff + n * m, 0f);
        for (int i = 0; i < n; i++) {
            int ci = cOff + i * m;
            for (int p = 0; p < k; p++) {
                float s = transA ? a[aOff + p * n + i] : a[aOff + i * k + p];
                if (transB) {
                    for (int j = 0; j < m; j++) c[ci + j] += s * b[bOff + j * k + p];
                } else {
                    int bp = bOff + p * m;
                    for (int j = 0; j < m; j++) c[ci + j] += s * b[bp + j];
                }
            }
        }
    }

    /** The same product on a given micro-kernel (tests compare both). */
    static void multiply(MicroKernel kernel, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff,
                         int n, int k, int m) {
        multiply(kernel, a, aOff, false, b, bOff, false, c, cOff, n, k, m);
    }

    static void multiply(MicroKernel kernel, float[] a, int aOff, boolean transA, float[] b, int bOff, boolean transB,
                         float[] c, int cOff, int n, int k, int m) {
        if (n == 0 || m == 0) return;
        if (k == 0) {
            Arrays.fill(c, cOff, cOff + n * m, 0f);
            return;
        }
        new Sgemm(kernel, a, aOff, transA, b, bOff, transB, c, cOff, n, k, m).run();
    }

    /** The Vector API kernel if its module was resolved at start-up (java --add-modules jdk.incubator.vector). */
    static MicroKernel fastestAvailable() {
        return VectorApi.orFallback(() -> new VectorMicroKernel(), ScalarMicroKernel.INSTANCE);
    }

    private void run() {
        int tasksWanted = (long) n * k * m < PARALLEL_FMAS ? 1 : 2 * Parallel.threads();
        int mc = Math.max(mr, Math.min(MC, roundUp(ceilDiv(n, tasksWanted), mr)));
        int rowBlocks = ceilDiv(n, mc);
        for (int jc = 0; jc < m; jc += NC) {
            int col0 = jc, nc = Math.min(NC, m - jc), slivers = ceilDiv(nc, nr);
            int colRuns = Math.max(1, Math.min(slivers, ceilDiv(tasksWanted, rowBlocks)));
            int packers = Math.min(slivers, tasksWanted);
            for (int pass = 0; pass < k; pass += PASS_DEPTH) {
                int p0 = pass, depth = Math.min(PASS_DEPTH, k - pass);
                Parallel.forEach(packers, g -> packB(p0, depth, col0, nc, g * slivers / packers, (g + 1) * slivers / packers));
                Parallel.forEach(rowBlocks * colRuns, t -> {
                    int i0 = (t / colRuns) * mc, i1 = Math.min(n, i0 + mc);
                    int s0 = (t % colRuns) * slivers / colRuns, s1 = (t % colRuns + 1) * slivers / colRuns;
                    if (p0 == 0) clear(i0, i1, col0 + s0 * nr, Math.min(col0 + nc, col0 + s1 * nr));
                    for (int pc = p0, step = slabDepth(depth); pc < p0 + depth; pc += step) {
                        tile(i0, i1, s0, s1, pc, Math.min(step, p0 + depth - pc), col0, (pc - p0) * slivers * nr);
                    }
                });
            }
        }
    }

    /** C[i0:i1, slivers s0:s1 of the panel at col0] += A[i0:i1, p0:+kc] · the packed B slab at bSlab. */
    private void tile(int i0, int i1, int s0, int s1, int p0, int kc, int col0, int bSlab) {
        float[] aPanel = A_PANEL.get();
        packA(aPanel, i0, i1, p0, kc);
        for (int s = s0; s < s1; s++) {
            int bAt = bSlab + s * kc * nr, j = col0 + s * nr, cols = Math.min(nr, m - j);
            for (int i = i0; i < i1; i += mr) {
                int rows = Math.min(mr, i1 - i), aAt = (i - i0) * kc;
                if (rows == mr && cols == nr) {
                    kernel.multiplyAdd(kc, aPanel, aAt, bPanel, bAt, c, cOff + i * m + j, m);
                } else {
                    edgeTile(kc, aPanel, aAt, bAt, i, j, rows, cols);
                }
            }
        }
    }

    /** A tile that overhangs C: computed in a whole-tile buffer, only its rows × cols part lands in C. */
    private void edgeTile(int kc, float[] aPanel, int aAt, int bAt, int i, int j, int rows, int cols) {
        float[] edge = threadBuffer(EDGE_TILE, mr * nr);
        Arrays.fill(edge, 0, mr * nr, 0f);
        for (int r = 0; r < rows; r++) System.arraycopy(c, cOff + (i + r) * m + j, edge, r * nr, cols);
        kernel.multiplyAdd(kc, aPanel, aAt, bPanel, bAt, edge, 0, nr);
        for (int r = 0; r < rows; r++) System.arraycopy(edge, r * nr, c, cOff + (i + r) * m + j, cols);
    }

    /** A thread's buffer of at least {@code size} floats, kept for its later products. */
    private static float[] threadBuffer(ThreadLocal<float[]> buffers, int size) {
        float[] buffer = buffers.get();
        if (buffer == null || buffer.length < size) {
            buffer = new float[size];
            buffers.set(buffer);
        }
        return buffer;
    }

    /** Rows i0:i1 (padded to whole slivers with zeros) × columns p0:+kc of A, as MR-high slivers. */
    private void packA(float[] into, int i0, int i1, int p0, int kc) {
        if (transA) {
            packTransposedA(into, i0, i1, p0, kc);
            return;
        }
        for (int r0 = i0; r0 < i1; r0 += mr) {
            int base = (r0 - i0) * kc;
            for (int i = 0; i < mr; i++) {
                int row = r0 + i;
                if (row < i1) {
                    for (int p = 0, src = aOff + row * k + p0; p < kc; p++) into[base + p * mr + i] = a[src + p];
                } else {
                    for (int p = 0; p < kc; p++) into[base + p * mr + i] = 0f;
                }
            }
        }
    }

    /** packA when A is stored transposed: each step p of a sliver is MR consecutive floats of one stored row. */
    private void packTransposedA(float[] into, int i0, int i1, int p0, int kc) {
        for (int r0 = i0; r0 < i1; r0 += mr) {
            int base = (r0 - i0) * kc, rows = Math.min(mr, i1 - r0);
            for (int p = 0; p < kc; p++) {
                int src = aOff + (p0 + p) * n + r0, dst = base + p * mr;
                for (int i = 0; i < rows; i++) into[dst + i] = a[src + i];
                for (int i = rows; i < mr; i++) into[dst + i] = 0f;
            }
        }
    }

    /**
     * Slivers s0:s1 of rows p0:+depth × columns col0:+nc of B (zero padded to whole slivers), NR wide,
     * one KC-deep slab after the other.
     */
    private void packB(int p0, int depth, int col0, int nc, int s0, int s1) {
        int panelWidth = ceilDiv(nc, nr) * nr;
        for (int pc = p0, step = slabDepth(depth); pc < p0 + depth; pc += step) {
            int kc = Math.min(step, p0 + depth - pc), slab = (pc - p0) * panelWidth;
            for (int s = s0; s < s1; s++) {
                int width = Math.min(nr, nc - s * nr);
                if (transB) { // column j of B is stored row j of Bᵀ: read along it, write across the sliver
                    int first = slab + s * kc * nr;
                    for (int j = 0; j < width; j++) {
                        int src = bOff + (col0 + s * nr + j) * k + pc;
                        for (int p = 0; p < kc; p++) bPanel[first + p * nr + j] = b[src + p];
                    }
                    for (int p = 0; p < kc; p++) {
                        for (int j = width; j < nr; j++) bPanel[first + p * nr + j] = 0f;
                    }
                    continue;
                }
                for (int p = 0; p < kc; p++) {
                    int dst = slab + (s * kc + p) * nr, src = bOff + (pc + p) * m + col0 + s * nr;
                    System.arraycopy(b, src, bPanel, dst, width); // an intrinsic: no loop set-up per short row
                    if (width < nr) Arrays.fill(bPanel, dst + width, dst + nr, 0f);
                }
            }
        }
    }

    /** Zeroes C[i0:i1, j0:j1] before the first slab adds into it. */
    private void clear(int i0, int i1, int j0, int j1) {
        for (int i = i0; i < i1; i++) Arrays.fill(c, cOff + i * m + j0, cOff + i * m + j1, 0f);
    }

    /**
     * The depth of a pass's slabs: at most KC, and as even as the pass allows (784 = 4 × 196, not 3 × 256 + 16,
     * whose thin last slab would load and store every C tile for 16 steps of work).
     */
    private static int slabDepth(int depth) {
        return ceilDiv(depth, ceilDiv(depth, KC));
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    private static int roundUp(int x, int multiple) {
        return ceilDiv(x, multiple) * multiple;
    }
}
