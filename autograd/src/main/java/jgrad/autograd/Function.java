package jgrad.autograd;

/** A node of the autograd graph: one primitive op with its derivative. */
public abstract class Function {
    private Tensor[] inputs = new Tensor[0];
    private boolean freed;

    /** PyTorch-style node name, e.g. "MulBackward". */
    public String name() { return getClass().getSimpleName() + "Backward"; }

    public Tensor[] inputs() { return inputs.clone(); }

    /** Gradients w.r.t. each input (null entries allowed); called with grad mode set by the engine. */
    protected abstract Tensor[] backward(Tensor grad);

    final Tensor[] runBackward(Tensor grad) {
        if (freed) {
            throw new IllegalStateException("Trying to backward through the graph a second time (" + name()
                    + " buffers have already been freed). Specify retainGraph=true on the first backward call "
                    + "(backward(grad, true)) if you need to backward through the graph a second time.");
        }
        return backward(grad);
    }

    final Tensor[] rawInputs() { return inputs; }

    void release() { freed = true; onRelease(); }

    /** Drop saved tensors. */
    protected void onRelease() { }

    private static boolean needsGrad(Tensor[] in) {
        if (!Grad.isEnabled()) return false;
        for (Tensor t : in) if (t.isRequiresGrad()) return true;
        return false;
    }

    /** Wrap a freshly computed contiguous result, attaching this node if any input requires grad. */
    protected static Tensor result(Function fn, double[] data, int[] shape, DType dtype, Tensor... in) {
        Tensor out = Tensor.fromData(data, shape, dtype);
        attach(fn, out, in);
        return out;
    }

    /** Like {@link #result}, for data the op already rounded to {@code dtype} (float for FLOAT32). */
    protected static Tensor roundedResult(Function fn, double[] data, int[] shape, DType dtype, Tensor... in) {
        Tensor out = Tensor.fromRounded(data, shape, dtype);
        attach(fn, out, in);
        return out;
    }

    /** Wrap a view over the storage of {@code base}. */
    protected static Tensor view(Function fn, Tensor base, int[] shape, int[] strides, int offset, Tensor... in) {
        Tensor out = Tensor.viewOf(base, shape, strides, offset);
        attach(fn, out, in);
        return out;
    }

    private static void attach(Function fn, Tensor out, Tensor[] in) {
        if (needsGrad(in)) {
            fn.inputs = in;
            out.setGradFn(fn);
        }
    }
}
