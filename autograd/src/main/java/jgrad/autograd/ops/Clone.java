package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** A copy with its own storage (torch.clone): later in-place writes to either side leave the other alone. */
public final class Clone extends Function {
    public static Tensor apply(Tensor x) {
        return result(new Clone(), x.toArray(), x.shape(), x.dtype(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g}; }
}
