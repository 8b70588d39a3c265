package jgrad.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.ModuleScope;
import jgrad.autograd.Tensor;

/**
 * Base class of layers and models, like torch.nn.Module: holds named parameters and child
 * modules, and a training/evaluation flag shared down the tree.
 *
 * <p>As in PyTorch, a subclass's layers and parameters are found in its fields, with no register call:
 * <pre>{@code
 * class Net extends Module {
 *     Linear fc1 = new Linear(4, 16), fc2 = new Linear(16, 3);
 *     Tensor scale = Parameter.of(Tensor.ones(3));
 *     public Tensor forward(Tensor x) { return fc2.call(fc1.call(x).relu()).mul(scale); }
 * }
 * }</pre>
 * Fields declared as a Module, and Tensor fields holding a leaf that requires grad, are children and
 * parameters named after the field ({@code "fc1.weight"}), superclass fields first, each class's in
 * declaration order, after anything registered explicitly (in registration order). Layers kept in an array
 * or a collection are not found: hold them in a {@link ModuleList} or {@link Sequential}. A module reached
 * again below itself (a field pointing back to a parent) is not descended into twice.
 */
public abstract class Module {
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    /**
     * This module's computation (torch's forward); call a model with {@link #call}, which also records which module
     * made each graph node.
     */
    public abstract Tensor forward(Tensor input);

    /**
     * Same as {@link #forward}, so a model reads like a function: {@code model.call(x)}. Graph nodes
     * created meanwhile are tagged with this call's {@link ModuleScope}, so graph views can draw
     * module blocks; containers should call their children with call, not forward.
     */
    public final Tensor call(Tensor input) {
        ModuleScope outer = ModuleScope.enter(this);
        try {
            return forward(input);
        } finally {
            ModuleScope.exit(outer);
        }
    }

    /**
     * Adds {@code value} as a trainable parameter under {@code name} (marking it requiresGrad) and returns it; fields
     * are found without this (see the class comment).
     */
    protected final Tensor registerParameter(String name, Tensor value) {
        requireFreeName(name);
        parameters.put(name, value.requiresGrad());
        return value;
    }

    /**
     * Registers state that is saved and loaded with the parameters but not trained, like
     * BatchNorm's running statistics (PyTorch's register_buffer). Update it in place with assign.
     */
    protected final Tensor registerBuffer(String name, Tensor value) {
        requireFreeName(name);
        if (value.isRequiresGrad()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": buffer '" + name + "' must not require grad");
        }
        buffers.put(name, value);
        return value;
    }

    /**
     * Adds {@code module} as a child under {@code name} and returns it (torch's add_module); fields are found without
     * this.
     */
    protected final <M extends Module> M registerModule(String name, M module) {
        requireFreeName(name);
        children.put(name, module);
        return module;
    }

    private void requireFreeName(String name) {
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": name '" + name + "' is already registered");
        }
    }

    /**
     * Every parameter of this module and its children, dotted names like "0.weight", in order; a parameter
     * reached under several names (a layer used twice) is listed once, under its first name, as in PyTorch.
     */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> all = new LinkedHashMap<>();
        collect("", all, true, false);
        Map<Tensor, Boolean> seen = new IdentityHashMap<>();
        all.values().removeIf(p -> seen.put(p, Boolean.TRUE) != null);
        return all;
    }

    /** Every buffer of this module and its children, dotted names like "1.running_mean", in order. */
    public Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> all = new LinkedHashMap<>();
        collect("", all, false, true);
        return all;
    }

    /** Parameters and buffers together, each module's own first, as PyTorch's state_dict orders them. */
    private Map<String, Tensor> namedState() {
        Map<String, Tensor> all = new LinkedHashMap<>();
        collect("", all, true, true);
        return all;
    }

    private void collect(String prefix, Map<String, Tensor> into, boolean withParameters, boolean withBuffers) {
        collect(prefix, into, withParameters, withBuffers, new IdentityHashMap<>());
    }

    private void collect(String prefix, Map<String, Tensor> into, boolean withParameters, boolean withBuffers,
            Map<Module, Boolean> ancestors) {
        Members own = members();
        if (withParameters) {
            own.parameters().forEach((name, p) -> into.put(prefix + name, p));
        }
        if (withBuffers) {
            buffers.forEach((name, b) -> into.put(prefix + name, b));
        }
        ancestors.put(this, Boolean.TRUE);
        own.children().forEach((name, child) -> {
            if (!ancestors.containsKey(child)) {
                child.collect(prefix + name + ".", into, withParameters, withBuffers, ancestors);
            }
        });
        ancestors.remove(this);
    }

    /** This module's own parameters and children: the registered ones, then those its fields hold. */
    private record Members(Map<String, Tensor> parameters, Map<String, Module> children) {
    }

    private Members members() {
        Map<String, Tensor> ownParameters = new LinkedHashMap<>(parameters);
        Map<String, Module> ownChildren = new LinkedHashMap<>(children);
        Map<Object, Boolean> registered = new IdentityHashMap<>();
        parameters.values().forEach(p -> registered.put(p, Boolean.TRUE));
        buffers.values().forEach(b -> registered.put(b, Boolean.TRUE));
        children.values().forEach(c -> registered.put(c, Boolean.TRUE));
        for (FieldMembers.Member m : FieldMembers.of(this)) {
            if (registered.containsKey(m.value()) || m.value() == this) {
                continue;
            }
            if (ownParameters.containsKey(m.name()) || buffers.containsKey(m.name()) || ownChildren.containsKey(m.name())) {
                throw new IllegalStateException(getClass().getSimpleName() + ": field '" + m.name() + "' holds another "
                        + (m.value() instanceof Module ? "module" : "parameter") + " than the one registered under the name '"
                        + m.name() + "'; rename the field or the registration");
            }
            if (m.value() instanceof Module child) {
                ownChildren.put(m.name(), child);
            } else {
                ownParameters.put(m.name(), (Tensor) m.value());
            }
        }
        return new Members(ownParameters, ownChildren);
    }

    /** A detached copy of every parameter and buffer, by dotted name — what {@link #save} writes. */
    public Map<String, Tensor> stateDict() {
        Map<String, Tensor> state = new LinkedHashMap<>();
        namedState().forEach((name, p) -> state.put(name, Tensor.fromData(p.toArray(), p.shape(), p.dtype())));
        return state;
    }

    /** Copies values into this module's parameters and buffers; names and shapes must match exactly. */
    public void loadStateDict(Map<String, Tensor> state) {
        Map<String, Tensor> own = namedState();
        for (String name : state.keySet()) {
            if (!own.containsKey(name)) {
                throw new IllegalArgumentException("loadStateDict: unexpected key '" + name + "'; this model has " + own.keySet());
            }
        }
        for (var entry : own.entrySet()) {
            Tensor source = state.get(entry.getKey());
            if (source == null) {
                throw new IllegalArgumentException("loadStateDict: missing key '" + entry.getKey() + "'");
            }
            if (!java.util.Arrays.equals(source.shape(), entry.getValue().shape())) {
                throw new IllegalArgumentException("loadStateDict: '" + entry.getKey() + "' has shape "
                        + java.util.Arrays.toString(source.shape()) + " in the checkpoint but "
                        + java.util.Arrays.toString(entry.getValue().shape()) + " in the model");
            }
        }
        own.forEach((name, p) -> p.assign(state.get(name).toArray()));
    }

    /**
     * Writes the parameters and buffers atomically (temp file, then rename). A file name ending in
     * {@code .safetensors} gets the {@link Safetensors} format, which PyTorch loads with
     * {@code model.load_state_dict(safetensors.torch.load_file(path))}; any other name gets jgrad's own
     * {@link Checkpoint} format, which also guards the values with a checksum.
     */
    public void save(java.nio.file.Path file) {
        if (isSafetensors(file)) {
            Safetensors.save(stateDict(), file);
        } else {
            Checkpoint.write(stateDict(), file);
        }
    }

    /**
     * Reads what {@link #save} wrote, chosen the same way by the file name; a {@code .safetensors} file saved by
     * PyTorch ({@code safetensors.torch.save_file(model.state_dict(), path)}) loads into the same architecture.
     */
    public void load(java.nio.file.Path file) {
        loadStateDict(isSafetensors(file) ? Safetensors.load(file) : Checkpoint.read(file));
    }

    /** {@link #save(java.nio.file.Path)} to a file name, as in {@code torch.save(model.state_dict(), "model.pt")}. */
    public void save(String file) {
        save(java.nio.file.Path.of(file));
    }

    /** {@link #load(java.nio.file.Path)} from a file name. */
    public void load(String file) {
        load(java.nio.file.Path.of(file));
    }

    private static boolean isSafetensors(java.nio.file.Path file) {
        java.nio.file.Path name = file.getFileName();
        return name != null && name.toString().endsWith(".safetensors");
    }

    /**
     * Every trainable tensor of this module and its children, in {@link #namedParameters()} order: what an optimizer
     * takes (torch's model.parameters()).
     */
    public List<Tensor> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /** The direct children by name: registered ones, then those held in fields (see the class comment). */
    public Map<String, Module> children() {
        return Collections.unmodifiableMap(members().children());
    }

    /** The number of trainable values: the sum of numel() over {@link #parameters()}. */
    public long parameterCount() {
        long count = 0;
        for (Tensor p : parameters()) {
            count += p.numel();
        }
        return count;
    }

    /**
     * Clears the gradient of every parameter (torch's model.zero_grad()); call it (or the optimizer's) before each
     * backward.
     */
    public void zeroGrad() {
        for (Tensor p : parameters()) {
            p.zeroGrad();
        }
    }

    /**
     * Training mode for this module and its children (torch's model.train()): Dropout drops, BatchNorm uses batch
     * statistics. Returns this.
     */
    public Module train() {
        return train(true);
    }

    /** Training mode when {@code mode} is true, evaluation mode otherwise, for the whole tree; returns this. */
    public Module train(boolean mode) {
        setTraining(mode, new IdentityHashMap<>());
        return this;
    }

    private void setTraining(boolean mode, Map<Module, Boolean> done) {
        done.put(this, Boolean.TRUE);
        training = mode;
        children().values().forEach(child -> {
            if (!done.containsKey(child)) {
                child.setTraining(mode, done);
            }
        });
    }

    /**
     * Evaluation mode for this module and its children (torch's model.eval()): Dropout passes through, BatchNorm uses
     * its running statistics. Returns this.
     */
    public Module eval() {
        return train(false);
    }

    /** Whether this module is in training mode (torch's model.training). */
    public boolean isTraining() {
        return training;
    }

    /** One line describing this layer's settings, e.g. "in=784, out=10". */
    protected String extraRepr() {
        return "";
    }

    /** The model tree with parameter counts, like PyTorch's print(model). */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        describe(out, "", new IdentityHashMap<>());
        return out.toString();
    }

    private void describe(StringBuilder out, String indent, Map<Module, Boolean> ancestors) {
        out.append(getClass().getSimpleName()).append('(').append(extraRepr());
        Map<String, Module> kids = children();
        if (kids.isEmpty()) {
            out.append(')');
        } else {
            out.append('\n');
            ancestors.put(this, Boolean.TRUE);
            kids.forEach((name, child) -> {
                out.append(indent).append("  (").append(name).append("): ");
                if (ancestors.containsKey(child)) {
                    out.append(child.getClass().getSimpleName()).append("(... an enclosing module, shown above)");
                } else {
                    child.describe(out, indent + "  ", ancestors);
                }
                out.append('\n');
            });
            ancestors.remove(this);
            out.append(indent).append(')');
        }
        if (indent.isEmpty()) {
            out.append(String.format("%nparameters: %,d", parameterCount()));
        }
    }
}
