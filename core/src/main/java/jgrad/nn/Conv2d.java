package jgrad.nn;

import jgrad.autograd.Tensor;

/**
 * 2-D convolution over [N, C, H, W] (the fused {@code jgrad.autograd.ops.Conv} op: im2col + matmul per image).
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

    /**
     * torch.nn.Conv2d(inChannels, outChannels, kernel): [N, inChannels, H, W] to [N, outChannels, H - kernel + 1, W -
     * kernel + 1] (stride 1, no padding).
     */
    public Conv2d(int inChannels, int outChannels, int kernel) {
        this(inChannels, outChannels, kernel, 1, 0);
    }

    /**
     * torch.nn.Conv2d(in, out, kernel, stride, padding): output size (H + 2·padding - kernel) / stride + 1 per side;
     * weight and bias start from PyTorch's default uniform init.
     */
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
        return Functional.conv2d(input, weight, bias, stride, padding);
    }

    /**
     * The functional form: weight [O, C, k, k], bias [O] or null.
     *
     * @deprecated use {@link Functional#conv2d(Tensor, Tensor, Tensor, int, int)} (torch.nn.functional.conv2d),
     *     which this calls; kept for one release so that notebooks written against it still run
     */
    @Deprecated
    public static Tensor conv(Tensor input, Tensor weight, Tensor bias, int stride, int padding) {
        return Functional.conv2d(input, weight, bias, stride, padding);
    }

    @Override
    protected String extraRepr() {
        return inChannels + ", " + outChannels + ", kernel=" + kernel
                + (stride != 1 ? ", stride=" + stride : "") + (padding != 0 ? ", padding=" + padding : "");
    }
}
