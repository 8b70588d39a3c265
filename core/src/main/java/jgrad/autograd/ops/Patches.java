package jgrad.autograd.ops;

import java.util.Arrays;

import jgrad.autograd.Storage;
import jgrad.autograd.kernels.Parallel;

/**
 * Geometry of sliding k×k windows over an [N, C, H, W] input with stride and zero padding:
 * the shared index map of {@link Unfold} (im2col) and {@link Fold} (col2im).
 * Patch rows are laid out [N, Ho, Wo, C·kh·kw], so a convolution is one 2-D matmul.
 */
public record Patches(int n, int c, int h, int w, int kh, int kw, int stride, int pad) {
    public Patches {
        if (kh < 1 || kw < 1 || stride < 1 || pad < 0) {
            throw new IllegalArgumentException("window " + kh + "x" + kw + ", stride " + stride + ", padding " + pad
                    + ": sizes must be positive and padding >= 0");
        }
        if (h + 2 * pad < kh || w + 2 * pad < kw) {
            throw new IllegalArgumentException("window " + kh + "x" + kw + " is larger than the padded input "
                    + (h + 2 * pad) + "x" + (w + 2 * pad));
        }
    }

    public static Patches of(String op, int[] inputShape, int kh, int kw, int stride, int pad) {
        if (inputShape.length != 4) {
            throw new IllegalArgumentException(op + ": expected input of shape [N, C, H, W], got " + Arrays.toString(inputShape));
        }
        try {
            return new Patches(inputShape[0], inputShape[1], inputShape[2], inputShape[3], kh, kw, stride, pad);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(op + ": input " + Arrays.toString(inputShape) + ": " + e.getMessage());
        }
    }

    public int outH() {
        return (h + 2 * pad - kh) / stride + 1;
    }

    public int outW() {
        return (w + 2 * pad - kw) / stride + 1;
    }

    public int patchSize() {
        return c * kh * kw;
    }

    public int[] inputShape() {
        return new int[] {n, c, h, w};
    }

    public int[] patchShape() {
        return new int[] {n, outH(), outW(), patchSize()};
    }

    /**
     * Moves values between the input layout and the patch rows: {@code toPatches} gathers (im2col,
     * {@code patches[p] = input[i]}), otherwise it scatter-adds back (col2im, {@code input[i] += patches[p]}).
     * Padded positions are skipped (they read as zero and receive no gradient). Batch items run on separate
     * cores: each touches only its own rows and planes. One loop nest for both directions keeps them adjoint;
     * the JIT hoists the direction test out of the inner loop.
     */
    void transfer(Storage input, Storage patches, boolean toPatches) {
        if (input.isFloat()) transfer(input.floats(), patches.floats(), toPatches);
        else transfer(input.doubles(), patches.doubles(), toPatches);
    }

    private void transfer(float[] input, float[] patches, boolean toPatches) {
        int oh = outH();
        int ow = outW();
        int patch = patchSize();
        Parallel.forRanges(n, (long) n * oh * ow * patch, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        int row = ((b * oh + y) * ow + x) * patch;
                        int x0 = x * stride - pad;
                        int jFrom = Math.max(0, -x0), jTo = Math.min(kw, w - x0); // window columns inside the input
                        for (int ch = 0; ch < c; ch++) {
                            int plane = (b * c + ch) * h;
                            for (int i = 0; i < kh; i++) {
                                int iy = y * stride - pad + i;
                                if (iy < 0 || iy >= h) {
                                    continue;
                                }
                                int col = row + (ch * kh + i) * kw;
                                int base = (plane + iy) * w + x0;
                                if (toPatches) {
                                    for (int j = jFrom; j < jTo; j++) patches[col + j] = input[base + j];
                                } else {
                                    for (int j = jFrom; j < jTo; j++) input[base + j] += patches[col + j];
                                }
                            }
                        }
                    }
                }
            }
        });
    }

    private void transfer(double[] input, double[] patches, boolean toPatches) {
        int oh = outH();
        int ow = outW();
        int patch = patchSize();
        Parallel.forRanges(n, (long) n * oh * ow * patch, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        int row = ((b * oh + y) * ow + x) * patch;
                        int x0 = x * stride - pad;
                        int jFrom = Math.max(0, -x0), jTo = Math.min(kw, w - x0); // window columns inside the input
                        for (int ch = 0; ch < c; ch++) {
                            int plane = (b * c + ch) * h;
                            for (int i = 0; i < kh; i++) {
                                int iy = y * stride - pad + i;
                                if (iy < 0 || iy >= h) {
                                    continue;
                                }
                                int col = row + (ch * kh + i) * kw;
                                int base = (plane + iy) * w + x0;
                                if (toPatches) {
                                    for (int j = jFrom; j < jTo; j++) patches[col + j] = input[base + j];
                                } else {
                                    for (int j = jFrom; j < jTo; j++) input[base + j] += patches[col + j];
                                }
                            }
                        }
                    }
                }
            }
        });
    }

    /**
     * Image {@code b}'s windows in channel-major columns, as PyTorch's im2col lays them out: row
     * (ch·kh + i)·kw + j of {@code cols} [C·kh·kw, Ho·Wo] holds input[b, ch, y·stride - pad + i, x·stride - pad + j]
     * at column y·Wo + x. {@code toCols} gathers (writing zeros at padded positions, so a reused buffer is
     * fine); otherwise it scatter-adds the columns back into the image (col2im), skipping padded positions.
     */
    void transferImage(Storage input, int b, Storage cols, boolean toCols) {
        if (input.isFloat()) transferImage(input.floats(), b, cols.floats(), toCols);
        else transferImage(input.doubles(), b, cols.doubles(), toCols);
    }

    /** The float twin of the loop below (one copy per element type, each compiled for its own arrays). */
    private void transferImage(float[] input, int b, float[] cols, boolean toCols) {
        int oh = outH();
        int ow = outW();
        for (int ch = 0; ch < c; ch++) {
            int plane = (b * c + ch) * h;
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    int row = ((ch * kh + i) * kw + j) * oh * ow;
                    int xFrom = Math.min(ow, Math.max(0, ceilDiv(pad - j, stride)));
                    int xTo = Math.max(xFrom, Math.min(ow, ceilDiv(w + pad - j, stride)));
                    for (int y = 0; y < oh; y++) {
                        int iy = y * stride - pad + i, at = row + y * ow;
                        if (iy < 0 || iy >= h) {
                            if (toCols) Arrays.fill(cols, at, at + ow, 0f);
                            continue;
                        }
                        int base = (plane + iy) * w - pad + j; // input index of x = 0, before the stride
                        if (toCols) { // rows are short (tens of floats): skip the calls that would do nothing
                            if (xFrom > 0) Arrays.fill(cols, at, at + xFrom, 0f);
                            if (stride == 1) System.arraycopy(input, base + xFrom, cols, at + xFrom, xTo - xFrom);
                            else for (int x = xFrom; x < xTo; x++) cols[at + x] = input[base + x * stride];
                            if (xTo < ow) Arrays.fill(cols, at + xTo, at + ow, 0f);
                        } else if (stride == 1) {
                            for (int x = xFrom; x < xTo; x++) input[base + x] += cols[at + x]; // unit stride: vectorised
                        } else {
                            for (int x = xFrom; x < xTo; x++) input[base + x * stride] += cols[at + x];
                        }
                    }
                }
            }
        }
    }

    private void transferImage(double[] input, int b, double[] cols, boolean toCols) {
        int oh = outH();
        int ow = outW();
        for (int ch = 0; ch < c; ch++) {
            int plane = (b * c + ch) * h;
            for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                    int row = ((ch * kh + i) * kw + j) * oh * ow;
                    int xFrom = Math.min(ow, Math.max(0, ceilDiv(pad - j, stride)));
                    int xTo = Math.max(xFrom, Math.min(ow, ceilDiv(w + pad - j, stride)));
                    for (int y = 0; y < oh; y++) {
                        int iy = y * stride - pad + i, at = row + y * ow;
                        if (iy < 0 || iy >= h) {
                            if (toCols) Arrays.fill(cols, at, at + ow, 0.0);
                            continue;
                        }
                        int base = (plane + iy) * w - pad + j; // input index of x = 0, before the stride
                        if (toCols) {
                            Arrays.fill(cols, at, at + xFrom, 0.0);
                            if (stride == 1) System.arraycopy(input, base + xFrom, cols, at + xFrom, xTo - xFrom);
                            else for (int x = xFrom; x < xTo; x++) cols[at + x] = input[base + x * stride];
                            Arrays.fill(cols, at + xTo, at + ow, 0.0);
                        } else if (stride == 1) {
                            for (int x = xFrom; x < xTo; x++) input[base + x] += cols[at + x]; // unit stride: vectorised
                        } else {
                            for (int x = xFrom; x < xTo; x++) input[base + x * stride] += cols[at + x];
                        }
                    }
                }
            }
        }
    }

    /** Columns x whose window element j lies inside the input start at ceil((pad - j) / stride). */
    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
