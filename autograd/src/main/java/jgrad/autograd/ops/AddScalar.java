package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/**
 * x + c for a plain number c, without materialising a broadcast constant. The number is rounded to
 * the tensor's dtype first, exactly as a 0-d constant of that dtype would be. d/dx = 1.
 */
public final class AddScalar extends Function {
    public static Tensor apply(Tensor x, double c) {
        double k = x.dtype() == DType.FLOAT32 ? (float) c : c;
        double[] in = x.contiguousData();
        double[] o = new double[in.length];
        // Round while computing (one pass instead of two); the dtype test is hoisted out of the loop by the JIT.
        boolean f32 = x.dtype() == DType.FLOAT32;
        Parallel.forRanges(o.length, o.length, (from, to) -> {
            for (int i = from; i < to; i++) o[i] = f32 ? (float) (in[i] + k) : in[i] + k;
        });
        return roundedResult(new AddScalar(), o, x.shape(), x.dtype(), x);
    }

    private AddScalar() { super("Add"); }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g}; }
}
