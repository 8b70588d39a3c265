package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** col2im: sums patch rows [N, Ho, Wo, C·kh·kw] back into [N, C, H, W] — the adjoint of {@link Unfold}. */
public final class Fold extends Node {
    private Patches geometry;

    public static Tensor apply(Tensor patches, Patches geometry) {
        Storage in = patches.contiguousStorage();
        Storage out = Storage.allocate(patches.dtype(), Shapes.numel(geometry.inputShape()));
        geometry.transfer(out, in, false);
        Fold fn = new Fold();
        fn.geometry = geometry;
        return result(fn, out, geometry.inputShape(), patches);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Unfold.apply(g, geometry)};
    }
}
