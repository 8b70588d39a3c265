package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/**
 * The largest (or smallest) element of a whole tensor, as a 0-d tensor. The gradient is shared evenly among
 * all elements equal to the result, as PyTorch's full max()/min() do: for [1, 3, 3, 2], max() sends half of
 * the gradient to each 3. A NaN anywhere makes the result NaN, and the NaNs share the gradient.
 */
public final class MaxAll extends Node {
    private Tensor tied; // 1 where an element equals the result, else 0; x's shape and dtype
    private int ties;

    private MaxAll(boolean min) { super(min ? "Min" : "Max"); }

    public static Tensor max(Tensor x) { return apply(x, false); }

    public static Tensor min(Tensor x) { return apply(x, true); }

    private static Tensor apply(Tensor x, boolean min) {
        String op = min ? "min" : "max";
        if (x.numel() == 0) {
            throw new IllegalArgumentException(op + "(): the tensor of shape " + java.util.Arrays.toString(x.shape())
                    + " is empty; give a dimension to reduce, or check where it came from");
        }
        Storage in = x.contiguousStorage();
        int n = in.length();
        double best = in.get(0);
        for (int i = 1; i < n && !Double.isNaN(best); i++) {
            double v = in.get(i);
            if (Double.isNaN(v) || (min ? v < best : v > best)) best = v;
        }
        Storage mask = Storage.allocate(x.dtype(), n);
        int count = 0;
        for (int i = 0; i < n; i++) {
            double v = in.get(i);
            if (v == best || (Double.isNaN(best) && Double.isNaN(v))) {
                mask.set(i, 1);
                count++;
            }
        }
        Storage out = Storage.allocate(x.dtype(), 1);
        out.set(0, best);
        MaxAll fn = new MaxAll(min);
        fn.tied = Tensor.fromStorage(mask, x.shape());
        fn.ties = count;
        return result(fn, out, new int[0], x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {tied.to(g.dtype()).mul(g.div(ties))};
    }

    @Override
    protected void onRelease() { tied = null; }
}
