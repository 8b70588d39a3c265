package jgrad.nn;

import java.util.Arrays;

import jgrad.autograd.Tensor;

/** Normalises over the trailing normalizedShape dims (biased variance, eps 1e-5, as PyTorch), then scales and shifts. */
public final class LayerNorm extends Module {
    private static final double EPS = 1e-5;
    private final int[] normalizedShape;
    public final Tensor weight;
    public final Tensor bias;

    /**
     * torch.nn.LayerNorm(normalizedShape): normalises over the last dims of the input, which must be
     * {@code normalizedShape}, then scales and shifts with a trainable weight (ones) and bias (zeros) of that shape;
     * eps 1e-5.
     */
    public LayerNorm(int... normalizedShape) {
        if (normalizedShape.length == 0 || Arrays.stream(normalizedShape).anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("LayerNorm: normalizedShape must be positive sizes, got " + Arrays.toString(normalizedShape));
        }
        this.normalizedShape = normalizedShape.clone();
        this.weight = registerParameter("weight", Tensor.ones(normalizedShape));
        this.bias = registerParameter("bias", Tensor.zeros(normalizedShape));
    }

    @Override
    public Tensor forward(Tensor input) {
        int[] shape = input.shape();
        int k = normalizedShape.length;
        if (shape.length < k || !Arrays.equals(Arrays.copyOfRange(shape, shape.length - k, shape.length), normalizedShape)) {
            throw new IllegalArgumentException("LayerNorm(" + extraRepr() + "): input shape " + Arrays.toString(shape)
                    + " must end in " + Arrays.toString(normalizedShape));
        }
        return layerNorm(input, k, weight, bias);
    }

    /** Functional form over the last {@code dims} dims, usable in float64 for gradient checks. */
    public static Tensor layerNorm(Tensor x, int dims, Tensor weight, Tensor bias) {
        Tensor centred = x.sub(meanOverLast(x, dims));
        Tensor variance = meanOverLast(centred.pow(2), dims);
        return centred.div(variance.add(EPS).sqrt()).mul(weight).add(bias);
    }

    private static Tensor meanOverLast(Tensor x, int dims) {
        int rank = x.shape().length;
        for (int d = rank - dims; d < rank; d++) {
            x = x.mean(d, true);
        }
        return x;
    }

    @Override
    protected String extraRepr() {
        return "shape=" + Arrays.toString(normalizedShape);
    }
}
