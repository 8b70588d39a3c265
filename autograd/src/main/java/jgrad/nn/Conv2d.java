package jgrad.nn;

import jgrad.autograd.Tensor;
import jgrad.autograd.ops.Patches;
import jgrad.autograd.ops.Conv;

/**
 * 2-D convolution over [N, C, H, W] (the fused {@link Conv} op: im2col + matmul per image).
 * Weight shape [O, C, k, k] as in PyTorch.
 */
public final class Conv2d extends Module {
    private final int inChannels;
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;
    public final Tensor weight;
    public final Tensor bias;

    public Conv2d(int inChannels, int outChannels, int kernel) {
        this(inChannels, outChannels, kernel, 1, 0);
    }

    public Conv2d(int inChannels, int outChannels, int kernel, int stride, int padding) {
        if (inChannels < 1 || outChannels < 1 || kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("Conv2d: channels, kernel and stride must be positive and padding >= 0, got "
                    + inChannels + ", " + outChannels + ", " + kernel + ", " + stride + ", " + padding);
        }
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        double bound = 1.0 / Math.sqrt(inChannels * kernel * kernel);
        this.weight = registerParameter("weight", Init.uniform(-bound, bound, outChannels, inChannels, kernel, kernel));
        this.bias = registerParameter("bias", Init.uniform(-bound, bound, outChannels));
    }

    @Override
    public Tensor forward(Tensor input) {
        int[] shape = input.shape();
        if (shape.length != 4 || shape[1] != inChannels) {
            throw new IllegalArgumentException("Conv2d(" + extraRepr() + "): expected input [N, "
                    + inChannels + ", H, W], got " + java.util.Arrays.toString(shape));
        }
        return conv(input, weight, bias, stride, padding);
    }

    /** The functional form, like torch.nn.functional.conv2d: weight [O, C, k, k], bias [O] or null. */
    public static Tensor conv(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
        int[] w = weight.shape();
        if (w.length != 4 || w[2] != w[3]) {
            throw new IllegalArgumentException("conv: weight must have shape [O, C, k, k], got " + java.util.Arrays.toString(w));
        }
        Patches geometry = Patches.of("conv", input.shape(), w[2], w[3], stride, padding);
        if (geometry.c() != w[1]) {
            throw new IllegalArgumentException("conv: input " + java.util.Arrays.toString(input.shape())
                    + " has " + geometry.c() + " channels but weight " + java.util.Arrays.toString(w) + " expects " + w[1]);
        }
        if (bias != null && (bias.dim() != 1 || bias.shape()[0] != w[0])) {
            throw new IllegalArgumentException("conv: bias must have shape [" + w[0] + "], got " + java.util.Arrays.toString(bias.shape()));
        }
        return Conv.apply(input, weight, bias, geometry);
    }

    @Override
    protected String extraRepr() {
        return inChannels + ", " + outChannels + ", kernel=" + kernel
                + (stride != 1 ? ", stride=" + stride : "") + (padding != 0 ? ", padding=" + padding : "");
    }
}
