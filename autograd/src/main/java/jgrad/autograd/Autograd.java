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
}
