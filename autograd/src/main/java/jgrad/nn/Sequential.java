package jgrad.nn;

import jgrad.autograd.Tensor;

/** Layers applied in order; children are named "0", "1", … as in PyTorch. */
public final class Sequential extends Module {
    private final Module[] layers;

    public Sequential(Module... layers) {
        this.layers = layers.clone();
        for (int i = 0; i < layers.length; i++) {
            registerModule(Integer.toString(i), layers[i]);
        }
    }

    public Module get(int index) {
        return layers[index];
    }

    public int size() {
        return layers.length;
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
