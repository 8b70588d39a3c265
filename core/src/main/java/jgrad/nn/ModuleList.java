package jgrad.nn;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jgrad.autograd.Tensor;

/**
 * Layers held in a list so that their parameters are found (torch.nn.ModuleList): a plain array or
 * {@code List} field of a Module is not searched, as PyTorch ignores a plain Python list. Children are named
 * "0", "1", …; it has no forward of its own: the enclosing module calls the layers.
 */
public final class ModuleList extends Module implements Iterable<Module> {
    private final List<Module> layers = new ArrayList<>();

    /**
     * torch.nn.ModuleList([...]): holds {@code layers} as children "0", "1", … so their parameters are found; call them
     * yourself in forward.
     */
    public ModuleList(Module... layers) {
        for (Module layer : layers) {
            add(layer);
        }
    }

    /** torch.nn.ModuleList(list): holds the layers of a list, in order. */
    public ModuleList(List<? extends Module> layers) {
        this(layers.toArray(new Module[0]));
    }

    /** Appends a layer (torch's append); returns this, so calls chain. */
    public ModuleList add(Module layer) {
        if (layer == null) {
            throw new IllegalArgumentException("ModuleList: layer " + layers.size() + " is null");
        }
        registerModule(Integer.toString(layers.size()), layer);
        layers.add(layer);
        return this;
    }

    /** Same as {@link #add(Module)}. */
    public ModuleList append(Module layer) {
        return add(layer);
    }

    /** Layer {@code index} (torch's layers[index]). */
    public Module get(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IndexOutOfBoundsException("ModuleList: index " + index + " is out of range for " + layers.size() + " layers");
        }
        return layers.get(index);
    }

    /** The number of layers (torch's len(layers)). */
    public int size() {
        return layers.size();
    }

    @Override
    public Iterator<Module> iterator() {
        return List.copyOf(layers).iterator();
    }

    @Override
    public Tensor forward(Tensor input) {
        throw new UnsupportedOperationException("ModuleList has no forward: call its layers from the enclosing module's "
                + "forward (for (Module layer : layers) x = layer.call(x);), or use a Sequential");
    }
}
