package jgrad.nn;

import java.util.ArrayList;
import java.util.List;

import jgrad.autograd.Tensor;

/** Layers applied in order; children are named "0", "1", … as in PyTorch. */
public final class Sequential extends Module {
    private final List<Module> layers = new ArrayList<>();

    /**
     * torch.nn.Sequential(layers...): {@code forward} runs the layers in order, each on the previous one's output;
     * children are named "0", "1", ….
     */
    public Sequential(Module... layers) {
        for (Module layer : layers) {
            add(layer);
        }
    }

    /** torch's {@code nn.Sequential(*layers)}. */
    public Sequential(List<? extends Module> layers) {
        this(layers.toArray(new Module[0]));
    }

    /** Appends a layer named by its position (torch's append); returns this, so calls chain. */
    public Sequential add(Module layer) {
        return add(Integer.toString(layers.size()), layer);
    }

    /** Appends a layer under {@code name} (torch's add_module), e.g. "hidden" for the path "hidden.weight". */
    public Sequential add(String name, Module layer) {
        if (layer == null) {
            throw new IllegalArgumentException("Sequential: layer " + layers.size() + " is null");
        }
        registerModule(name, layer);
        layers.add(layer);
        return this;
    }

    /** Same as {@link #add(Module)}: torch's {@code Sequential.append}. */
    public Sequential append(Module layer) {
        return add(layer);
    }

    /** Layer {@code index} (torch's model[index]). */
    public Module get(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IndexOutOfBoundsException("Sequential: index " + index + " is out of range for " + layers.size() + " layers");
        }
        return layers.get(index);
    }

    /** The number of layers (torch's len(model)). */
    public int size() {
        return layers.size();
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module layer : layers) {
            x = layer.call(x);
        }
        return x;
    }
}
