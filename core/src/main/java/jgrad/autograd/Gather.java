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
        int last = nd - 1, lastStride = strides[last], lastSize = shape[last];
        int pos = offset, o = 0;
        while (o < n) {
            for (int j = 0, p = pos; j < lastSize; j++, p += lastStride) out[o++] = src[p];
            int d = last - 1;
            while (d >= 0) {
                idx[d]++;
                pos += strides[d];
                if (idx[d] < shape[d]) break;
                pos -= strides[d] * shape[d];
                idx[d] = 0;
                d--;
            }
            if (d < 0) break;
        }
    }

    static void doubles(double[] src, int offset, int[] shape, int[] strides, double[] out) {
        int n = out.length, nd = shape.length;
        if (n == 0) return;
        int[] idx = new int[nd];
        int last = nd - 1, lastStride = strides[last], lastSize = shape[last];
        int pos = offset, o = 0;
        while (o < n) {
            for (int j = 0, p = pos; j < lastSize; j++, p += lastStride) out[o++] = src[p];
            int d = last - 1;
            while (d >= 0) {
                idx[d]++;
                pos += strides[d];
                if (idx[d] < shape[d]) break;
                pos -= strides[d] * shape[d];
                idx[d] = 0;
                d--;
            }
            if (d < 0) break;
        }
    }
}
