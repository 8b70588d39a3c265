package jgrad.autograd.ops;

import jgrad.autograd.Function;
import jgrad.autograd.Tensor;

/** col2im: sums patch rows [N, Ho, Wo, C·kh·kw] back into [N, C, H, W] — the adjoint of {@link Unfold}. */
public final class Fold extends Function {
    private Patches geometry;

    public static Tensor apply(Tensor patches, Patches geometry) {
        double[] in = patches.contiguousData();
        double[] out = new double[geometry.n() * geometry.c() * geometry.h() * geometry.w()];
        geometry.transfer(out, in, false);
        Fold fn = new Fold();
        fn.geometry = geometry;
        return result(fn, out, geometry.inputShape(), patches.dtype(), patches);
    }

    @Override
    protected Tensor[] backward(Tensor g) {
        return new Tensor[] {Unfold.apply(g, geometry)};
    }
}
