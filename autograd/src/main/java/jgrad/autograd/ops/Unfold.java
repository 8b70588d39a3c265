package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** im2col: [N, C, H, W] → patch rows [N, Ho, Wo, C·kh·kw]. Its derivative gathers back with {@link Fold}. */
public final class Unfold extends Function {
    private Patches geometry;

    public static Tensor apply(Tensor x, Patches geometry) {
        double[] in = x.contiguousData();
        double[] out = new double[geometry.n() * geometry.outH() * geometry.outW() * geometry.patchSize()];
        geometry.transfer(in, out, true);
        Unfold fn = new Unfold();
        fn.geometry = geometry;
        return roundedResult(fn, out, geometry.patchShape(), x.dtype(), x); // copies of x's values
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Fold.apply(g, geometry)};
    }
}
