"""Notebook 05 · Vanishing and exploding gradients: activations, initialization, residuals, clipping."""
from cells import code, md

NAME = "05_vanishing_exploding"

CELLS = [
    md(r"""
# 05 · Vanishing and exploding gradients

Backprop multiplies one local derivative per layer. Multiply twenty numbers a bit below 1 and the product **vanishes**; a bit above 1 and it **explodes**. Early layers then learn nothing — or everything breaks at once. This notebook measures that, and the four standard cures: ReLU, careful initialization, residual connections and gradient clipping.
"""),
    code(r"""
import jgrad.nn.Module;   // java.lang.Module has the same simple name

/** depth hidden layers of `width` units, each followed by a fresh activation layer. */
Sequential deep(int inputs, int width, int depth, int outputs, Supplier<Module> activation) {
    var layers = new ArrayList<Module>();
    for (int i = 0; i < depth; i++) {
        layers.add(new Linear(i == 0 ? inputs : width, width));
        layers.add(activation.get());
    }
    layers.add(new Linear(width, outputs));
    return new Sequential(layers.toArray(new Module[0]));
}

/** L2 norm of each weight matrix's gradient, first layer first. */
List<Double> weightGradNorms(Module model) {
    var norms = new ArrayList<Double>();
    model.namedParameters().forEach((name, p) -> {
        if (name.endsWith("weight")) norms.add(p.grad().pow(2).sum().sqrt().item());
    });
    return norms;
}

var spirals = Datasets.spirals(100, 3, 0.1, 0);
var X = spirals.inputs();
var Y = spirals.targets();

List<Double> gradNormsAfterOneBackward(Sequential model) {
    model.zeroGrad();
    Loss.crossEntropy(model.call(X), Y).backward();
    return weightGradNorms(model);
}
"""),
    md(r"""
## Sigmoid vs ReLU in a 10-layer net
The sigmoid's derivative is at most 1/4, so each layer scales the gradient down by four or more on its way back. ReLU's derivative is exactly 1 wherever the unit is active, so it loses far less — what it still loses comes from the default initialization, the subject of the next section.
"""),
    code(r"""
Tensor.manualSeed(0);
var sigmoidNet = deep(2, 32, 10, 3, Sigmoid::new);
Tensor.manualSeed(0);
var reluNet = deep(2, 32, 10, 3, ReLU::new);
var byActivation = new LinkedHashMap<String, List<Double>>();
byActivation.put("sigmoid", gradNormsAfterOneBackward(sigmoidNet));
byActivation.put("ReLU", gradNormsAfterOneBackward(reluNet));
byActivation.forEach((name, norms) -> System.out.printf("%-8s first layer %.2e, last layer %.2e%n", name, norms.get(0), norms.get(norms.size() - 1)));
display(Plots.curves("Gradient norm per layer (10 hidden layers)", "layer (0 = input side)", "||dL/dW||", byActivation, true));
"""),
    md(r"""
`%gradflow` draws the same diagnosis for every parameter, weights and biases: mean and max |grad| per layer, input layer first, and the grad:data ratio ‖grad‖ / ‖weights‖ — roughly how far one SGD step with lr 1 would move the layer. It is the first chart to look at when a deep network will not train: here the input side of the sigmoid net gets gradients thousands of times smaller than the output side.
"""),
    code(r"""
%gradflow sigmoidNet
"""),
    md(r"""
`%gradhist` shows each parameter's whole gradient distribution rather than one number. Read the standard deviation in each title from the last layer back to the first: it shrinks from about 10⁻² to 10⁻¹¹ — the first layers' gradients are zero for all practical purposes.
"""),
    code(r"""
%gradhist sigmoidNet
"""),
    md(r"""
`%acthist` looks at the forward pass: a histogram of every layer's output for one batch. Each sigmoid squeezes its input into (0, 1) and the spread shrinks layer after layer; from the fifth layer on, the histograms are spikes 300 high — each unit outputs the same value for all 300 examples, so the layers above have nothing left to tell the examples apart.
"""),
    code(r"""
%acthist sigmoidNet X
"""),
    md(r"""
## Initialization keeps the signal at the same scale
Even with ReLU, the *size* of the weights decides whether activations grow or shrink from layer to layer. For a layer with `in` inputs:

* weights too small (std 0.05): every layer shrinks the signal → it vanishes;
* weights too big (std 1): every layer multiplies it by about √(in/2) → it explodes;
* **Kaiming** (std √(2/in)) exactly compensates ReLU zeroing half the units; **Xavier** (std √(2/(in+out))) does the same for tanh.

Below: the standard deviation of each layer's output in a 20-layer ReLU net fed unit-variance inputs.
"""),
    code(r"""
/** Re-draws every Linear weight from `init(out, in)` and zeroes the biases. */
void initialize(Sequential model, BiFunction<Integer, Integer, Tensor> init) {
    for (int i = 0; i < model.size(); i++) {
        if (model.get(i) instanceof Linear layer) {
            layer.weight.assign(init.apply(layer.weight.size(0), layer.weight.size(1)).toArray());
            Init.zeros_(layer.bias);
        }
    }
}

/** Standard deviation of the output of every Linear layer for one batch. */
List<Double> activationStds(Sequential model, Tensor input) {
    var stds = new ArrayList<Double>();
    var h = input;
    for (int i = 0; i < model.size(); i++) {
        h = model.get(i).call(h);
        if (model.get(i) instanceof Linear) stds.add(h.sub(h.mean()).pow(2).mean().sqrt().item());
    }
    return stds;
}

Tensor.manualSeed(1);
var input = Tensor.randn(128, 64);
var net20 = deep(64, 64, 20, 64, ReLU::new);
var byInit = new LinkedHashMap<String, List<Double>>();
initialize(net20, (out, in) -> Init.normal(0.05, out, in));
byInit.put("std 0.05", Grad.noGrad(() -> activationStds(net20, input)));
initialize(net20, (out, in) -> Init.normal(1.0, out, in));
byInit.put("std 1", Grad.noGrad(() -> activationStds(net20, input)));
initialize(net20, (out, in) -> Init.kaimingNormal(out, in));
byInit.put("Kaiming", Grad.noGrad(() -> activationStds(net20, input)));
byInit.forEach((name, stds) -> System.out.printf("%-9s std after layer 1: %.2e, after layer 21: %.2e%n", name, stds.get(0), stds.get(stds.size() - 1)));
display(Plots.curves("Activation scale through 20 ReLU layers", "layer", "std of output", byInit, true));
"""),
    md(r"""
## Residual connections: a gradient highway
A residual block computes x + f(x). Its derivative is 1 + f′(x): even when f′ is tiny, the **1** carries the gradient straight through. That is why networks with hundreds of layers (ResNets, transformers) train at all. A block is a small `Module`:
"""),
    code(r"""
class Residual extends Module {
    private final Linear layer;
    Residual(int width) { layer = registerModule("layer", new Linear(width, width)); }
    @Override public Tensor forward(Tensor x) { return x.add(layer.call(x).sigmoid()); }
}

Tensor.manualSeed(0);
var blocks = new ArrayList<Module>(List.of(new Linear(2, 32)));
for (int i = 0; i < 10; i++) blocks.add(new Residual(32));
blocks.add(new Linear(32, 3));
var residualNet = new Sequential(blocks.toArray(new Module[0]));
var withResiduals = new LinkedHashMap<String, List<Double>>();
withResiduals.put("plain sigmoid", byActivation.get("sigmoid"));
withResiduals.put("residual sigmoid blocks", gradNormsAfterOneBackward(residualNet));
display(Plots.curves("Same depth, with and without skip connections", "layer (0 = input side)", "||dL/dW||", withResiduals, true));
"""),
    md(r"""
## Gradient clipping
When a gradient explodes, one step can throw the weights so far that training never recovers. `Clip.gradNorm(params, maxNorm)` rescales all gradients together so their joint norm is at most `maxNorm` — the direction is kept, only the length is capped. Below, a well-initialized 6-layer ReLU net is trained with an aggressive SGD learning rate, with and without clipping.
"""),
    code(r"""
/** 100 SGD steps at lr 1.0 from the same Kaiming start; clipNorm 0 means no clipping. */
List<Double> trainAggressively(double clipNorm) {
    Tensor.manualSeed(2);
    var net = deep(2, 64, 6, 3, ReLU::new);
    initialize(net, (out, in) -> Init.kaimingNormal(out, in));
    var optimizer = new SGD(net.parameters(), 1.0);
    var losses = new ArrayList<Double>();
    double largest = 0;
    for (int i = 0; i < 100; i++) {
        var loss = Loss.crossEntropy(net.call(X), Y);
        optimizer.zeroGrad();
        loss.backward();
        largest = Math.max(largest, clipNorm > 0 ? Clip.gradNorm(net.parameters(), clipNorm) : 0);
        optimizer.step();
        losses.add(Double.isFinite(loss.item()) ? Math.min(loss.item(), 1e6) : 1e6);   // keep a diverged run on the chart
    }
    System.out.printf("clip %.1f: final loss %.3g%s%n", clipNorm, losses.get(99), clipNorm > 0 ? String.format(", largest norm before clipping %.3g", largest) : "");
    return losses;
}
var clipping = new LinkedHashMap<String, List<Double>>();
clipping.put("no clipping", trainAggressively(0));
clipping.put("clip norm 1.0", trainAggressively(1.0));
display(Plots.curves("lr 1.0 on a 6-layer ReLU net: with and without clipping", "step", "cross-entropy", clipping, true));
"""),
    md(r"""
Without clipping, a few gradient spikes throw the weights far enough that every ReLU goes dead: the loss freezes at ln 3 ≈ 1.10, chance level for three classes. With clipping the same spikes only cost a bump.
"""),
    md(r"""
## Checks
"""),
    code(r"""
double first(List<Double> xs) { return xs.get(0); }
double last(List<Double> xs) { return xs.get(xs.size() - 1); }
var sig = byActivation.get("sigmoid");
var relu = byActivation.get("ReLU");
if (!(first(sig) / last(sig) < 1e-3)) throw new AssertionError("sigmoid gradients should vanish towards the input");
if (!(first(relu) / last(relu) > first(sig) / last(sig) * 100)) throw new AssertionError("ReLU should keep far more gradient");
if (!(last(byInit.get("std 0.05")) < 1e-6)) throw new AssertionError("tiny weights should make activations vanish");
if (!(last(byInit.get("std 1")) > 1e10)) throw new AssertionError("std-1 weights should make activations explode");
double kaiming = last(byInit.get("Kaiming"));
if (!(kaiming > 0.1 && kaiming < 10)) throw new AssertionError("Kaiming should keep the scale, got " + kaiming);
var res = withResiduals.get("residual sigmoid blocks");
if (!(first(res) / last(res) > 1000 * first(sig) / last(sig))) throw new AssertionError("residuals should carry gradient to the first layer");
if (!(last(clipping.get("clip norm 1.0")) < 0.5 * first(clipping.get("clip norm 1.0")))) throw new AssertionError("clipped training should make progress");
if (!(last(clipping.get("clip norm 1.0")) < last(clipping.get("no clipping")))) throw new AssertionError("clipping should end lower than no clipping");
"all checks passed"
"""),
]
