package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** A copy with its own storage (torch.clone): later in-place writes to either side leave the other alone. */
public final class Clone extends Node {
    public static Tensor apply(Tensor x) {
        return result(new Clone(), ownCopy(x), x.shape(), x);
    }

    /** The values of {@code x} in a storage nobody else holds. */
    private static Storage ownCopy(Tensor x) {
        Storage s = x.contiguousStorage();
        if (s != x.storage()) return s;
        Storage copy = Storage.allocate(x.dtype(), s.length());
        Storage.copy(s, 0, copy, 0, s.length());
        return copy;
    }

    @Override
    protected Tensor[] backward(Tensor g) { return new Tensor[] {g}; }
}
