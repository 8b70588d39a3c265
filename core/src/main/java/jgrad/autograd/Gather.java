package jgrad.autograd;

/**
 * Copies a strided view into row-major order: one loop per element type (kept apart so each is compiled for
 * its own array type), walking the last dim innermost and carrying the index like an odometer.
 */
final class Gather {
    private Gather() { }

    static void floats(float[] src, int offset, int[] shape, int[] strides, float[] out) {
        int n = out.length, nd = shape.length;
        if (n == 0) return;
        int[] idx = new int[nd];
        int lastStride = strides[nd - 1], lastSize = shape[nd - 1];
        int pos = offset, o = 0;
        while (o < n) {
            for (int j = 0, p = pos; j < lastSize; j++, p += lastStride) out[o++] = src[p];
            pos = nextRow(idx, shape, strides, pos);
        }
    }

    static void doubles(double[] src, int offset, int[] shape, int[] strides, double[] out) {
        int n = out.length, nd = shape.length;
        if (n == 0) return;
        int[] idx = new int[nd];
        int lastStride = strides[nd - 1], lastSize = shape[nd - 1];
        int pos = offset, o = 0;
        while (o < n) {
            for (int j = 0, p = pos; j < lastSize; j++, p += lastStride) out[o++] = src[p];
            pos = nextRow(idx, shape, strides, pos);
        }
    }

    /**
     * Advances the odometer {@code idx} over all dims but the last by one row and returns the source position
     * of that row's first element (meaningless after the last row, when the caller has filled its output).
     */
    private static int nextRow(int[] idx, int[] shape, int[] strides, int pos) {
        for (int d = idx.length - 2; d >= 0; d--) {
            idx[d]++;
            pos += strides[d];
            if (idx[d] < shape[d]) return pos;
            pos -= strides[d] * shape[d];
            idx[d] = 0;
        }
        return pos;
    }
}
