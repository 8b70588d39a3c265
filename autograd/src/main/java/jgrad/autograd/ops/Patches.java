package jgrad.autograd.ops;

import java.util.Arrays;

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
     * Calls {@code visit(inputIndex, patchIndex)} for every window element that lies inside the
     * input; padded positions are skipped (they read as zero and receive no gradient).
     */
    void forEach(IndexPair visit) {
        int oh = outH();
        int ow = outW();
        int patch = patchSize();
        for (int b = 0; b < n; b++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int row = ((b * oh + y) * ow + x) * patch;
                    for (int ch = 0; ch < c; ch++) {
                        int plane = (b * c + ch) * h;
                        for (int i = 0; i < kh; i++) {
                            int iy = y * stride - pad + i;
                            if (iy < 0 || iy >= h) {
                                continue;
                            }
                            int col = row + (ch * kh + i) * kw;
                            int base = (plane + iy) * w;
                            for (int j = 0; j < kw; j++) {
                                int ix = x * stride - pad + j;
                                if (ix >= 0 && ix < w) {
                                    visit.accept(base + ix, col + j);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @FunctionalInterface
    interface IndexPair {
        void accept(int inputIndex, int patchIndex);
    }
}
