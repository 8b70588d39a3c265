package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Function;
import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;

/**
 * 2-D convolution of x [N, C, H, W] with weight [O, C, kh, kw] (+ bias [O]) as one fused primitive, image by
 * image like PyTorch's CPU path: cols = im2col(x[b]) [C·kh·kw, Ho·Wo], then
 * <pre>
 *   forward   y[b]  = W · cols + bias          (written straight into [O, Ho·Wo], i.e. NCHW)
 *   backward  dW   += g[b] · colsᵀ             (colsᵀ recomputed as im2col rows, not stored)
 *             dbias += Σ over Ho·Wo of g[b]
 *             dx[b] = col2im(Wᵀ · g[b])
 * </pre>
 * Images run on separate cores, each with its own column buffer; per-image weight and bias gradients are
 * summed afterwards in image order, so results do not depend on the number of cores. With createGraph the
 * derivative is built from differentiable ops (im2col, matmul, col2im) instead, for higher-order gradients.
 */
public final class Conv extends Function {
    private Patches geometry;
    private Tensor x, weight, bias;

    public static Tensor apply(Tensor x, Tensor weight, Tensor bias, Patches geometry) {
        DType dtype = DType.promote(DType.promote(x.dtype(), weight.dtype()), bias == null ? weight.dtype() : bias.dtype());
        int n = geometry.n(), o = weight.shape()[0], ckk = geometry.patchSize(), hw = geometry.outH() * geometry.outW();
        double[] in = x.contiguousData(), w = weight.contiguousData(), b = bias == null ? null : bias.contiguousData();
        double[] out = new double[n * o * hw];
        Parallel.forRanges(n, (long) n * o * ckk * hw, (b0, b1) -> {
            double[] cols = new double[ckk * hw];
            for (int img = b0; img < b1; img++) {
                geometry.transferImage(in, img, cols, true);
                Matmul.multiply(dtype, w, 0, cols, 0, out, img * o * hw, o, ckk, hw);
                for (int ch = 0, at = img * o * hw; ch < o; ch++) {
                    double add = b == null ? 0.0 : b[ch];
                    for (int q = 0; q < hw; q++, at++) out[at] = round(dtype, out[at] + add);
                }
            }
        });
        Conv fn = new Conv();
        fn.geometry = geometry;
        fn.x = x;
        fn.weight = weight;
        fn.bias = bias;
        int[] shape = {n, o, geometry.outH(), geometry.outW()};
        return bias == null ? roundedResult(fn, out, shape, dtype, x, weight) : roundedResult(fn, out, shape, dtype, x, weight, bias);
    }

    private Conv() { super("Convolution"); }

    @Override
    protected Tensor[] backward(Tensor g) {
        if (Grad.isEnabled()) return differentiableBackward(g);
        DType dtype = g.dtype();
        int n = geometry.n(), o = weight.shape()[0], ckk = geometry.patchSize(), hw = geometry.outH() * geometry.outW();
        double[] gd = g.contiguousData(), in = x.contiguousData();
        double[] wT = weight.reshape(o, ckk).t().contiguousData(); // [C·kh·kw, O]
        boolean wantX = x.isRequiresGrad();
        double[] dx = wantX ? new double[in.length] : null;
        double[] patches = new double[n * hw * ckk]; // im2col rows [N, Ho·Wo, C·kh·kw]: colsᵀ of each image
        geometry.transfer(in, patches, true);
        double[] dwPerImage = new double[n * o * ckk]; // [N, O, C·kh·kw]
        Parallel.forRanges(n, (long) n * o * ckk * hw * (wantX ? 2 : 1), (b0, b1) -> {
            double[] cols = wantX ? new double[ckk * hw] : null;
            for (int img = b0; img < b1; img++) {
                int gAt = img * o * hw;
                Matmul.multiply(dtype, gd, gAt, patches, img * hw * ckk, dwPerImage, img * o * ckk, o, hw, ckk);
                if (wantX) {
                    Matmul.multiply(dtype, wT, 0, gd, gAt, cols, 0, ckk, o, hw);
                    geometry.transferImage(dx, img, cols, false);
                }
            }
        });
        double[] dw = new double[o * ckk];
        for (int img = 0; img < n; img++) {
            for (int i = 0, at = img * o * ckk; i < dw.length; i++) dw[i] += dwPerImage[at + i];
        }
        Tensor dWeight = Tensor.fromData(dw, weight.shape(), dtype);
        Tensor dX = wantX ? Tensor.fromData(dx, x.shape(), dtype) : null;
        if (bias == null) return new Tensor[] {dX, dWeight};
        double[] db = new double[o];
        for (int img = 0; img < n; img++) {
            for (int ch = 0; ch < o; ch++) {
                double s = 0.0;
                for (int q = 0, at = (img * o + ch) * hw; q < hw; q++) s += gd[at + q];
                db[ch] += s;
            }
        }
        return new Tensor[] {dX, dWeight, Tensor.fromData(db, new int[] {o}, dtype)};
    }

    /** The same derivative from differentiable ops, so that it can be differentiated again. */
    private Tensor[] differentiableBackward(Tensor g) {
        int o = weight.shape()[0], rows = geometry.n() * geometry.outH() * geometry.outW();
        Tensor gRows = g.permute(0, 2, 3, 1).reshape(rows, o);
        Tensor patches = Unfold.apply(x, geometry).reshape(rows, geometry.patchSize());
        Tensor dX = Fold.apply(gRows.matmul(weight.reshape(o, geometry.patchSize())).reshape(geometry.patchShape()), geometry);
        Tensor dWeight = gRows.t().matmul(patches).reshape(weight.shape());
        return bias == null ? new Tensor[] {dX, dWeight} : new Tensor[] {dX, dWeight, gRows.sum(0)};
    }

    private static double round(DType dtype, double v) {
        return dtype == DType.FLOAT32 ? (float) v : v;
    }

    @Override
    protected void onRelease() { x = null; weight = null; bias = null; }
}
