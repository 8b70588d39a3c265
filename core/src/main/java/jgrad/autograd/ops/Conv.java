package jgrad.autograd.ops;

import jgrad.autograd.DType;
import jgrad.autograd.Node;
import jgrad.autograd.Grad;
import jgrad.autograd.Shapes;
import jgrad.autograd.Storage;
import jgrad.autograd.Tensor;
import jgrad.autograd.kernels.Parallel;
import jgrad.autograd.kernels.Sgemm;

/**
 * 2-D convolution of x [N, C, H, W] with weight [O, C, kh, kw] (+ bias [O]) as one fused primitive, image by
 * image like PyTorch's CPU path: cols = im2col(x[b]) [C·kh·kw, Ho·Wo], then
 * <pre>
 *   forward   y[b]  = W · cols + bias          (written straight into [O, Ho·Wo], i.e. NCHW)
 *   backward  dW   += g[b] · colsᵀ             (cols recomputed per image, read transposed in place)
 *             dbias += Σ over Ho·Wo of g[b]
 *             dx[b] = col2im(Wᵀ · g[b])
 * </pre>
 * Images run on separate cores, each with its own column buffer; per-image weight and bias gradients are
 * summed afterwards in image order, so results do not depend on the number of cores. With createGraph the
 * derivative is built from differentiable ops (im2col, matmul, col2im) instead, for higher-order gradients.
 */
public final class Conv extends Node {
    private Patches geometry;
    private Tensor x, weight, bias;

    public static Tensor apply(Tensor x, Tensor weight, Tensor bias, Patches geometry) {
        DType dtype = DType.promote(DType.promote(x.dtype(), weight.dtype()), bias == null ? weight.dtype() : bias.dtype());
        x = x.to(dtype); // casts stay in the graph
        weight = weight.to(dtype);
        bias = bias == null ? null : bias.to(dtype);
        int n = geometry.n(), o = weight.shape()[0], ckk = geometry.patchSize(), hw = geometry.outH() * geometry.outW();
        Storage in = x.contiguousStorage(), w = weight.contiguousStorage(), b = bias == null ? null : bias.contiguousStorage();
        Storage out = Storage.allocate(dtype, Shapes.numel(new int[] {n, o, hw}));
        Parallel.forRanges(n, (long) n * o * ckk * hw, (b0, b1) -> {
            Storage cols = Storage.allocate(dtype, ckk * hw);
            for (int img = b0; img < b1; img++) {
                geometry.transferImage(in, img, cols, true);
                Matmul.multiply(w, 0, cols, 0, out, img * o * hw, o, ckk, hw);
                if (b != null) addBias(out, img * o * hw, b, o, hw);
            }
        });
        Conv fn = new Conv();
        fn.geometry = geometry;
        fn.x = x;
        fn.weight = weight;
        fn.bias = bias;
        int[] shape = {n, o, geometry.outH(), geometry.outW()};
        return bias == null ? result(fn, out, shape, x, weight) : result(fn, out, shape, x, weight, bias);
    }

    /** out[at + ch·hw + q] += bias[ch] for every channel ch < o and position q < hw. */
    private static void addBias(Storage out, int at, Storage bias, int o, int hw) {
        if (out.isFloat()) {
            float[] y = out.floats(), b = bias.floats();
            for (int ch = 0; ch < o; ch++) {
                float add = b[ch];
                for (int q = 0, i = at + ch * hw; q < hw; q++, i++) y[i] += add;
            }
        } else {
            double[] y = out.doubles(), b = bias.doubles();
            for (int ch = 0; ch < o; ch++) {
                double add = b[ch];
                for (int q = 0, i = at + ch * hw; q < hw; q++, i++) y[i] += add;
            }
        }
    }

    private Conv() { super("Convolution"); }

    @Override
    protected Tensor[] backward(Tensor g) {
        if (Grad.isEnabled()) return differentiableBackward(g);
        DType dtype = x.dtype();
        int n = geometry.n(), o = weight.shape()[0], ckk = geometry.patchSize(), hw = geometry.outH() * geometry.outW();
        Storage gd = g.to(dtype).contiguousStorage(), in = x.contiguousStorage();
        boolean wantX = x.isRequiresGrad();
        Storage dx = wantX ? Storage.allocate(dtype, in.length()) : null;
        Storage dwPerImage = Storage.allocate(dtype, Shapes.numel(new int[] {n, o, ckk}));
        if (dtype == DType.FLOAT32) {
            floatGradients(gd, in, dx, dwPerImage, n, o, ckk, hw);
        } else {
            doubleGradients(gd, in, dx, dwPerImage, n, o, ckk, hw);
        }
        Storage dw = Storage.allocate(dtype, o * ckk);
        for (int img = 0; img < n; img++) addInto(dw, dwPerImage, img * o * ckk);
        Tensor dWeight = Tensor.fromStorage(dw, weight.shape());
        Tensor dX = wantX ? Tensor.fromStorage(dx, x.shape()) : null;
        if (bias == null) return new Tensor[] {dX, dWeight};
        return new Tensor[] {dX, dWeight, Tensor.fromStorage(biasGrad(gd, n, o, hw), new int[] {o})};
    }

    /**
     * Per image: cols = im2col(x[b]) [C·kh·kw, Ho·Wo]; dW[b] = g[b] · colsᵀ (Sgemm reads cols transposed in
     * place); then the same buffer takes Wᵀ · g[b] (W read transposed in place) for col2im into dx.
     */
    private void floatGradients(Storage gd, Storage in, Storage dx, Storage dwPerImage, int n, int o, int ckk, int hw) {
        float[] g = gd.floats(), w = weight.contiguousStorage().floats(), dws = dwPerImage.floats();
        Parallel.forRanges(n, (long) n * o * ckk * hw * (dx != null ? 2 : 1), (b0, b1) -> {
            Storage cols = Storage.allocate(DType.FLOAT32, ckk * hw);
            float[] c = cols.floats();
            for (int img = b0; img < b1; img++) {
                int gAt = img * o * hw;
                geometry.transferImage(in, img, cols, true);
                Sgemm.multiply(g, gAt, false, c, 0, true, dws, img * o * ckk, o, hw, ckk);
                if (dx != null) {
                    Sgemm.multiply(w, 0, true, g, gAt, false, c, 0, ckk, o, hw);
                    geometry.transferImage(dx, img, cols, false);
                }
            }
        });
    }

    /** The double twin, on im2col rows (Dgemm reads no transposed operands). */
    private void doubleGradients(Storage gd, Storage in, Storage dx, Storage dwPerImage, int n, int o, int ckk, int hw) {
        DType dtype = DType.FLOAT64;
        boolean wantX = dx != null;
        Storage wT = weight.reshape(o, ckk).t().contiguousStorage(); // [C·kh·kw, O]
        Storage patches = Storage.allocate(dtype, Shapes.numel(new int[] {n, hw, ckk})); // im2col rows: colsᵀ per image
        geometry.transfer(in, patches, true);
        Parallel.forRanges(n, (long) n * o * ckk * hw * (wantX ? 2 : 1), (b0, b1) -> {
            Storage cols = wantX ? Storage.allocate(dtype, ckk * hw) : null;
            for (int img = b0; img < b1; img++) {
                int gAt = img * o * hw;
                Matmul.multiply(gd, gAt, patches, img * hw * ckk, dwPerImage, img * o * ckk, o, hw, ckk);
                if (wantX) {
                    Matmul.multiply(wT, 0, gd, gAt, cols, 0, ckk, o, hw);
                    geometry.transferImage(dx, img, cols, false);
                }
            }
        });
    }

    /** Σ over images and positions of g [N, O, Ho·Wo], per channel (channels split over the cores). */
    private static Storage biasGrad(Storage g, int n, int o, int hw) {
        Storage db = Storage.allocate(g.dtype(), o);
        Parallel.forRanges(o, (long) n * o * hw, (c0, c1) -> {
            for (int ch = c0; ch < c1; ch++) db.set(ch, channelSum(g, ch, n, o, hw));
        });
        return db;
    }

    private static double channelSum(Storage g, int ch, int n, int o, int hw) {
        double s = 0.0;
        if (g.isFloat()) {
            float[] gd = g.floats();
            for (int img = 0; img < n; img++) s += Sums.of(gd, (img * o + ch) * hw, hw);
        } else {
            double[] gd = g.doubles();
            for (int img = 0; img < n; img++) {
                for (int q = 0, at = (img * o + ch) * hw; q < hw; q++) s += gd[at + q];
            }
        }
        return s;
    }

    /** into[i] += from[at + i] for every element of {@code into}. */
    private static void addInto(Storage into, Storage from, int at) {
        if (into.isFloat()) {
            float[] d = into.floats(), s = from.floats();
            for (int i = 0; i < d.length; i++) d[i] += s[at + i];
        } else {
            double[] d = into.doubles(), s = from.doubles();
            for (int i = 0; i < d.length; i++) d[i] += s[at + i];
        }
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

    @Override
    protected void onRelease() { x = null; weight = null; bias = null; }
}
