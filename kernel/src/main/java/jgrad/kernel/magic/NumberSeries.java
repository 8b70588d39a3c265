package jgrad.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jgrad.autograd.Tensor;

/**
 * A value that %plot draws as a curve over its index, as a PyTorch user plots a loss history: a List of numbers
 * ({@code List<Double>}, {@code List<Float>}), a {@code double[]}, {@code float[]}, {@code int[]} or {@code long[]},
 * or a one-dimensional tensor.
 */
final class NumberSeries {
    private NumberSeries() {
    }

    /**
     * The numbers {@code value} holds, or empty when it is no series (a function, say). A List with an element
     * that is no number is an IllegalArgumentException naming the element's type.
     */
    static Optional<List<Double>> of(Object value) {
        List<Double> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Number n)) {
                    throw new IllegalArgumentException("a list to plot must hold numbers, got "
                            + (o == null ? "null" : o.getClass().getSimpleName()) + " at index " + out.size());
                }
                out.add(n.doubleValue());
            }
        } else if (value instanceof double[] a) {
            for (double v : a) {
                out.add(v);
            }
        } else if (value instanceof float[] a) {
            for (float v : a) {
                out.add((double) v);
            }
        } else if (value instanceof int[] a) {
            for (int v : a) {
                out.add((double) v);
            }
        } else if (value instanceof long[] a) {
            for (long v : a) {
                out.add((double) v);
            }
        } else if (value instanceof Tensor t && t.dim() == 1) {
            for (double v : t.toArray()) {
                out.add(v);
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(out);
    }
}
