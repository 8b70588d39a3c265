package jgrad.autograd;

/**
 * A node of the autograd graph (PyTorch's {@code torch.autograd.graph.Node}, what {@code grad_fn} holds): one
 * primitive op with its derivative.
 */
public abstract class Node {
    private Tensor[] inputs = new Tensor[0];
    private int[] inputVersions = new int[0];
    private Storage outputStorage;
    private int outputSavedVersion;
    private boolean freed;
    private String displayName;
    private String creationSite;
    private ModuleScope scope;

    /** A node named after its class (a class Mul shows as "MulBackward"). */
    protected Node() { }

    /** For fused or specialised primitives that should display as another op, e.g. a scalar-multiply as "Mul". */
    protected Node(String displayName) { this.displayName = displayName; }

    /** PyTorch-style node name, e.g. "MulBackward"; composites rename their last node (mean: "MeanBackward"). */
    public String name() { return baseName() + "Backward"; }

    /** The user-facing op name, e.g. "log" or "mean". */
    public String opName() {
        String b = baseName();
        return Character.toLowerCase(b.charAt(0)) + b.substring(1);
    }

    private String baseName() { return displayName != null ? displayName : getClass().getSimpleName(); }

    void rename(String base) { displayName = base; }

    /** Where user code created this node (file:line); recorded only while {@link Anomaly} mode is on. */
    public String creationSite() {
        return creationSite != null ? creationSite : "<unknown: enable Anomaly mode before the forward pass to record it>";
    }

    /** The module call that created this node (see {@link ModuleScope}), or null if none was running. */
    public ModuleScope scope() { return scope; }

    /**
     * The tensors this op was applied to (a copy of the array), in argument order: walking them from a loss's gradFn()
     * visits the graph.
     */
    public Tensor[] inputs() { return inputs.clone(); }

    /** Gradients w.r.t. each input (null entries allowed); called with grad mode set by the engine. */
    protected abstract Tensor[] backward(Tensor grad);

    final Tensor[] runBackward(Tensor grad) {
        if (freed) {
            throw new IllegalStateException("Trying to backward through the graph a second time (" + name()
                    + " buffers have already been freed). Specify retainGraph=true on the first backward call "
                    + "(backward(grad, true)) if you need to backward through the graph a second time.");
        }
        checkVersions();
        return backward(grad);
    }

    /** Saved tensors must not have been overwritten in place since the forward pass. */
    private void checkVersions() {
        for (int i = 0; i < inputs.length; i++) {
            int now = inputs[i].version();
            if (now != inputVersions[i]) throw modified("input " + i, inputs[i].shape(), now, inputVersions[i]);
        }
        if (outputStorage != null && outputStorage.version() != outputSavedVersion) {
            throw modified("its output", null, outputStorage.version(), outputSavedVersion);
        }
    }

    private IllegalStateException modified(String what, int[] shape, int now, int expected) {
        return new IllegalStateException("one of the variables needed for gradient computation has been modified "
                + "by an inplace operation: [" + name() + "] " + what + (shape == null ? "" : " of shape " + Shapes.str(shape))
                + " is at version " + now + "; expected version " + expected
                + ". Hint: do not assign() to a tensor between the forward pass and backward(); use clone() in the forward pass.");
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
    protected static Tensor result(Node fn, Storage data, int[] shape, Tensor... in) {
        Tensor out = Tensor.wrap(data, shape);
        if (fn != null && Anomaly.isEnabled()) Anomaly.checkForward(fn, out, in);
        if (fn != null) attach(fn, out, in);
        return out;
    }

    /** Like {@link #result(Node, Storage, int[], Tensor...)} for values computed as doubles (rounded for FLOAT32). */
    protected static Tensor result(Node fn, double[] data, int[] shape, DType dtype, Tensor... in) {
        return result(fn, Storage.of(data, dtype), shape, in);
    }

    /** Wrap a view over the storage of {@code base}. */
    protected static Tensor view(Node fn, Tensor base, int[] shape, int[] strides, int offset, Tensor... in) {
        Tensor out = Tensor.viewOf(base, shape, strides, offset);
        attach(fn, out, in);
        return out;
    }

    private static void attach(Node fn, Tensor out, Tensor[] in) {
        if (needsGrad(in)) {
            fn.inputs = in;
            fn.inputVersions = new int[in.length];
            for (int i = 0; i < in.length; i++) fn.inputVersions[i] = in[i].version();
            fn.outputStorage = out.storage();
            fn.outputSavedVersion = fn.outputStorage.version();
            if (Anomaly.isEnabled()) fn.creationSite = Anomaly.callerFrame();
            fn.scope = ModuleScope.current();
            out.setGradFn(fn);
        }
    }
}
