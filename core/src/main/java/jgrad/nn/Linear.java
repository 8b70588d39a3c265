package jgrad.nn;

import java.util.Arrays;

import jgrad.autograd.Tensor;

/** y = x Wᵀ + b, with W of shape [out, in] as in PyTorch. */
public final class Linear extends Module {
    private final int inFeatures;
    private final int outFeatures;
    public final Tensor weight;
    public final Tensor bias;

    /**
     * torch.nn.Linear(inFeatures, outFeatures): [..., inFeatures] to [..., outFeatures] as x·Wᵀ + b; W and b start from
     * U(±1/√inFeatures), as in PyTorch.
     */
    public Linear(int inFeatures, int outFeatures) {
        this(inFeatures, outFeatures, true);
    }

    /** torch.nn.Linear(in, out, bias=bias): without a bias term when {@code bias} is false. */
    public Linear(int inFeatures, int outFeatures, boolean bias) {
        if (inFeatures < 1 || outFeatures < 1) {
            throw new IllegalArgumentException("Linear: sizes must be positive, got in=" + inFeatures + ", out=" + outFeatures);
        }
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        // PyTorch's default: U(-1/sqrt(in), 1/sqrt(in)) for weight and bias.
        double bound = 1.0 / Math.sqrt(inFeatures);
        this.weight = registerParameter("weight", Init.uniform(-bound, bound, outFeatures, inFeatures));
        this.bias = bias ? registerParameter("bias", Init.uniform(-bound, bound, outFeatures)) : null;
    }

    @Override
    public Tensor forward(Tensor input) {
        int[] shape = input.shape();
        if (shape.length == 0 || shape[shape.length - 1] != inFeatures) {
            throw new IllegalArgumentException("Linear(in=" + inFeatures + ", out=" + outFeatures + "): input shape "
                    + Arrays.toString(shape) + " must end in " + inFeatures);
        }
        Tensor out = input.matmul(weight.t());
        return bias == null ? out : out.add(bias);
    }

    @Override
    protected String extraRepr() {
        return "in=" + inFeatures + ", out=" + outFeatures + (bias == null ? ", bias=false" : "");
    }
}
