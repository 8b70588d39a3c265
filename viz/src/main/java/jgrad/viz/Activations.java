package jgrad.viz;

import java.util.LinkedHashMap;
import java.util.Map;

import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;
import jgrad.nn.Module;
import jgrad.nn.Sequential;

/**
 * The output of every layer of a {@link Sequential} for one input, computed by feeding the input
 * through the layers one at a time (which is what Sequential.forward does) without recording
 * gradients. Models that are not Sequential have no layer order to follow: collect their
 * activations yourself and pass the map to {@link Plots#actHist(Map)}.
 */
public final class Activations {
    private Activations() {
    }

    /**
     * Runs {@code input} through the layers of a Sequential {@code model} without a graph and returns each layer's
     * output, keyed "0: Linear", "1: ReLU", … in order.
     */
    public static Map<String, Tensor> record(Module model, Tensor input) {
        if (!(model instanceof Sequential)) {
            throw new IllegalArgumentException("actHist: needs a Sequential model (its layers are run one by one), got "
                    + model.getClass().getSimpleName() + "; pass a Map<String, Tensor> of activations instead");
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        Grad.noGrad(() -> {
            Tensor x = input;
            for (Map.Entry<String, Module> layer : model.children().entrySet()) {
                x = layer.getValue().call(x);
                out.put(layer.getKey() + ": " + layer.getValue().getClass().getSimpleName(), x);
            }
            return x;
        });
        return out;
    }
}
