package jgrad.autograd.ops;

import jgrad.autograd.Node;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;

/** im2col: [N, C, H, W] → patch rows [N, Ho, Wo, C·kh·kw]. Its derivative gathers back with {@link Fold}. */
public final class Unfold extends Node {
    private Patches geometry;

    public static Tensor apply(Tensor x, Patches geometry) {
        Storage in = x.contiguousStorage();
        Storage out = Storage.allocate(x.dtype(), Shapes.numel(geometry.patchShape()));
        geometry.transfer(in, out, true);
        Unfold fn = new Unfold();
        fn.geometry = geometry;
        return result(fn, out, geometry.patchShape(), x);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Fold.apply(g, geometry)};
    }
}
