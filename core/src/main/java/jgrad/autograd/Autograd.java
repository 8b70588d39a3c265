package jgrad.autograd;

/** Functional gradient API, like torch.autograd.grad. */
public final class Autograd {
    private Autograd() { }

    /** Gradients of scalar {@code output} w.r.t. {@code inputs} (null where unreachable); leaves' .grad untouched. */
    public static Tensor[] grad(Tensor output, Tensor[] inputs, boolean createGraph) {
        if (output.numel() != 1) {
            throw new IllegalArgumentException("grad: output must be a scalar, got shape " + Shapes.str(output.shape()));
        }
        Tensor one = Tensor.fromData(new double[] {1.0}, output.shape(), output.dtype());
        return Engine.run(new Tensor[] {output}, new Tensor[] {one}, createGraph, createGraph, inputs);
    }

    /**
     * Gradients of {@code sum_i <outputs[i], gradOutputs[i]>} w.r.t. {@code inputs} (torch.autograd.grad with
     * several outputs); {@code gradOutputs} (or an entry of it) may be null for scalar outputs.
     */
    public static Tensor[] grad(Tensor[] outputs, Tensor[] gradOutputs, Tensor[] inputs, boolean createGraph) {
        Tensor[] gs = new Tensor[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            if (gradOutputs != null && gradOutputs[i] != null) {
                gs[i] = gradOutputs[i];
            } else if (outputs[i].numel() == 1) {
                gs[i] = Tensor.fromData(new double[] {1.0}, outputs[i].shape(), outputs[i].dtype());
            } else {
                throw new IllegalArgumentException("grad: output " + i + " has shape " + Shapes.str(outputs[i].shape())
                        + "; pass gradOutputs for non-scalar outputs");
            }
        }
        return Engine.run(outputs, gs, createGraph, createGraph, inputs);
    }
}
