package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** dtype conversion; gradient is cast back to the input dtype. */
public final class Cast extends Function {
    private DType from;

    public static Tensor apply(Tensor x, DType to) {
        Cast fn = new Cast();
        fn.from = x.dtype();
        return result(fn, x.contiguousData().clone(), x.shape(), to, x);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g.to(from)}; }
}
