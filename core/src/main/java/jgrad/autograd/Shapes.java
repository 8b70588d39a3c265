package jgrad.autograd;

import java.util.Arrays;

/** Shape arithmetic helpers. */
public final class Shapes {
    private Shapes() { }

    /**
     * Element count of {@code shape}. Refuses negative sizes and counts beyond what one storage can hold
     * ({@link Storage#MAX_ELEMENTS}), naming the shape, instead of letting the product overflow.
     *
     * @hidden
     */
    public static int numel(int[] shape) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension " + s + " in shape " + str(shape));
            }
            n *= s;
            if (n > Storage.MAX_ELEMENTS) {
                throw new IllegalArgumentException("shape " + str(shape) + " has " + exactCount(shape)
                        + " elements, more than the " + Storage.MAX_ELEMENTS + " one tensor can hold");
            }
        }
        return (int) n;
    }

    private static String exactCount(int[] shape) {
        java.math.BigInteger n = java.math.BigInteger.ONE;
        for (int s : shape) n = n.multiply(java.math.BigInteger.valueOf(s));
        return n.toString();
    }

    /**
     * The strides of a row-major tensor of {@code shape}: [2, 3, 4] gives [12, 4, 1].
     *
     * @hidden
     */
    public static int[] contiguousStrides(int[] shape) {
        int[] st = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) { st[i] = s; s *= shape[i]; }
        return st;
    }

    /**
     * A shape as error messages print it: "[2, 3]".
     *
     * @hidden
     */
    public static String str(int[] shape) { return Arrays.toString(shape); }

    /**
     * {@code dim} with a negative value counted from the end; an error naming {@code op} when it is out of range for
     * {@code ndim} dims.
     *
     * @hidden
     */
    public static int normDim(String op, int dim, int ndim) {
        int d = dim < 0 ? dim + ndim : dim;
        if (d < 0 || d >= ndim) {
            throw new IllegalArgumentException(op + ": dimension " + dim + " out of range for tensor with "
                    + ndim + " dims");
        }
        return d;
    }

    /**
     * Like {@link #normDim(String, int, int)}, naming the tensor's shape in the error.
     *
     * @hidden
     */
    public static int normDim(String op, int dim, int[] shape) {
        int d = dim < 0 ? dim + shape.length : dim;
        if (shape.length == 0 || d < 0 || d >= shape.length) {
            throw new IllegalArgumentException(op + ": dimension " + dim + " is out of range for shape " + str(shape)
                    + " (" + shape.length + " dims)");
        }
        return d;
    }

    /**
     * The shape {@code a} and {@code b} broadcast to under PyTorch's rules; an error naming {@code op} and both shapes
     * when they cannot.
     *
     * @hidden
     */
    public static int[] broadcast(String op, int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 1;
            int db = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + str(a) + " and " + str(b)
                        + " cannot be broadcast (dim " + i + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /**
     * {@code shape} without dimension {@code d}.
     *
     * @hidden
     */
    public static int[] remove(int[] shape, int d) {
        int[] o = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) if (i != d) o[j++] = shape[i];
        return o;
    }

    /**
     * {@code shape} with a dimension of size {@code v} inserted at position {@code d}.
     *
     * @hidden
     */
    public static int[] insert(int[] shape, int d, int v) {
        int[] o = new int[shape.length + 1];
        for (int i = 0, j = 0; i < o.length; i++) o[i] = i == d ? v : shape[j++];
        return o;
    }
}
