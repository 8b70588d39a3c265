"""Notebook 08 · Recurrent networks: backprop through time, gradient norms over time steps, an LSTM."""
from cells import code, md

NAME = "08_rnn"

CELLS = [
    md(r"""
# 08 · Recurrent networks and backprop through time

A recurrent network reads a sequence one step at a time and carries a **hidden state** h from step to step:

$$h_t = \tanh(x_t W_{xh} + h_{t-1} W_{hh} + b)$$

The same weights are used at every step. Unrolled over T steps it is just a T-layer network with shared weights, so `backward()` on it *is* **backpropagation through time** (BPTT) — and it inherits the vanishing-gradient problem of notebook 05, now along the time axis.
"""),
    md(r"""
## The task: remember the first number
Each sequence has T random numbers; the target is the **first** one. To answer at the last step, the network must carry x₀ through every update of h — the gradient has to travel back through all T steps to teach it that.
"""),
    code(r"""
Tensor.manualSeed(0);
int B = 256, H = 16;

/** B random sequences of length T, and their targets (the first element of each). */
Tensor[] rememberFirst(int T) {
    var x = Tensor.randn(B, T);
    return new Tensor[] {x, x.t().get(0).unsqueeze(1)};   // target [B, 1]
}
"""),
    md(r"""
## A vanilla RNN, written out
Four weight tensors and a loop. Every hidden state is kept, with `retainGrad()`, so that after `backward()` we can read ∂L/∂hₜ — how much the loss cares about the state at step t.
"""),
    code(r"""
var Wxh = Tensor.randn(1, H).mul(0.5).requiresGrad();
var Whh = Tensor.randn(H, H).mul(1.0 / Math.sqrt(H)).requiresGrad();
var bh  = Tensor.zeros(H).requiresGrad();
var Why = Tensor.randn(H, 1).mul(1.0 / Math.sqrt(H)).requiresGrad();
var rnnParams = List.of(Wxh, Whh, bh, Why);

/** Runs the RNN over x [B, T]; fills `states` with h_1..h_T (grads retained); returns the prediction [B, 1]. */
Tensor rnn(Tensor x, List<Tensor> states) {
    var h = Tensor.zeros(x.size(0), H);
    for (int t = 0; t < x.size(1); t++) {
        var xt = x.t().get(t).unsqueeze(1);                 // [B, 1]
        h = xt.matmul(Wxh).add(h.matmul(Whh)).add(bh).tanh();
        states.add(h.retainGrad());
    }
    return h.matmul(Why);
}
"""),
    md(r"""
## Gradient norm over time steps
For one batch of sequences of length 30, ‖∂L/∂hₜ‖ for every step t: how strongly the loss at the end reaches back to each step. Each step back multiplies the gradient by Whhᵀ and by tanh′ ≤ 1, so at initialization it **fades** going back in time — and the first step, where the number to remember lives, hears almost nothing.
"""),
    code(r"""
/** ||dL/dh_t|| for t = 1..length on one batch, with the current weights; leaves no gradients behind. */
List<Double> gradNormsOverTime(int length) {
    var batch = rememberFirst(length);
    var states = new ArrayList<Tensor>();
    Loss.mse(rnn(batch[0], states), batch[1]).backward();
    rnnParams.forEach(Tensor::zeroGrad);
    return states.stream().map(h -> h.grad().pow(2).sum().sqrt().item()).toList();
}
var atInit = gradNormsOverTime(30);
System.out.printf("at initialization: ||dL/dh|| at step 1 %.2e, at step 30 %.2e%n", atInit.get(0), atInit.get(29));
"""),
    md(r"""
## Training with BPTT
One call to `backward()` sends the gradient from the loss at the last step back through all T copies of the cell; each weight's gradient is the **sum** of its contributions at every step. Adam, 300 steps, sequences of length 8.
"""),
    code(r"""
var optimizer = new Adam(rnnParams, 0.01);
var rnnLoss = new ArrayList<Double>();
for (int step = 0; step < 300; step++) {
    var batch = rememberFirst(8);
    var loss = Loss.mse(rnn(batch[0], new ArrayList<>()), batch[1]);
    optimizer.zeroGrad();
    loss.backward();
    Clip.gradNorm(rnnParams, 1.0);   // recurrent nets occasionally spike; clipping is standard practice
    optimizer.step();
    rnnLoss.add(loss.item());
}
System.out.printf("MSE: %.3f at the start (always answering 0 would score about 1), %.3f after 300 steps%n", rnnLoss.get(0), rnnLoss.get(299));
var training = new LinkedHashMap<String, List<Double>>();
training.put("vanilla RNN, T = 8", rnnLoss);
display(Plots.curves("Remember the first number", "step", "MSE", training, true));
"""),
    md(r"""
Training had to push the gradient through those 8 steps, and in doing so it changed Whh: the trained network **keeps** information, so gradients no longer fade — over 30 steps they now grow going back. Recurrent nets live on this edge between vanishing and exploding; that is why gradient clipping and LSTMs exist.
"""),
    code(r"""
var overTime = new LinkedHashMap<String, List<Double>>();
overTime.put("at initialization", atInit);
overTime.put("after training on T = 8", gradNormsOverTime(30));
display(Plots.curves("Gradient reaching each of 30 time steps", "time step t", "||dL/dh_t||", overTime, true));
"""),
    md(r"""
## An LSTM: memory behind a gate
A long short-term memory cell keeps a second state, the **cell** c, and updates it with gates — sigmoids between 0 and 1 computed from xₜ and hₜ₋₁:

$$c_t = f_t \odot c_{t-1} + i_t \odot \tanh(\ldots),\qquad h_t = o_t \odot \tanh(c_t)$$

Going back one step along c multiplies the gradient by the **forget gate** fₜ alone — no weight matrix, no squashing derivative. Where the network learns fₜ ≈ 1, information and gradient pass through unchanged. `LSTM` is PyTorch's `nn.LSTM` (gate order i, f, g, o); a `Linear` head reads the last hidden state. A standard trick starts the forget gate's bias at 1, so the cell remembers by default.
"""),
    code(r"""
Tensor.manualSeed(0);
var lstm = new LSTM(1, H);
var head = new Linear(H, 1);
var forgetBias = lstm.namedParameters().get("bias_ih_l0");   // [4H]: i, f, g, o
double[] bias = forgetBias.toArray();
for (int j = H; j < 2 * H; j++) bias[j] += 1.0;
forgetBias.assign(bias);
var lstmParams = new ArrayList<Tensor>(lstm.parameters());
lstmParams.addAll(head.parameters());

/** x [B, T] as a sequence [T, B, 1] through the LSTM; the head reads the last hidden state. */
Tensor lstmPredict(Tensor x) {
    return head.call(lstm.run(x.t().unsqueeze(2)).hidden().get(0));   // hidden: [layers, B, H]
}

/** ||dL/dx_t|| for t = 1..length: how strongly the loss responds to the input at each step. */
List<Double> inputGradNorms(int length) {
    var batch = rememberFirst(length);
    var x = batch[0].requiresGrad();
    Loss.mse(lstmPredict(x), batch[1]).backward();
    lstmParams.forEach(Tensor::zeroGrad);
    return Arrays.stream(x.grad().pow(2).sum(0).sqrt().toArray()).boxed().toList();
}
var lstmAtInit = inputGradNorms(30);
"""),
    md(r"""
Now the same task with sequences of **16** steps, twice as long as before.
"""),
    code(r"""
var lstmOptimizer = new Adam(lstmParams, 0.01);
var lstmLoss = new ArrayList<Double>();
for (int step = 0; step < 300; step++) {
    var batch = rememberFirst(16);
    var loss = Loss.mse(lstmPredict(batch[0]), batch[1]);
    lstmOptimizer.zeroGrad();
    loss.backward();
    Clip.gradNorm(lstmParams, 1.0);
    lstmOptimizer.step();
    lstmLoss.add(loss.item());
}
double lstmFinal = lstmLoss.subList(280, 300).stream().mapToDouble(d -> d).average().orElseThrow();
System.out.printf("LSTM, T = 16: MSE %.3f at the start, %.3f over the last 20 steps%n", lstmLoss.get(0), lstmFinal);
var lstmOverTime = new LinkedHashMap<String, List<Double>>();
lstmOverTime.put("LSTM at initialization", lstmAtInit);
lstmOverTime.put("LSTM after training on T = 16", inputGradNorms(30));
display(Plots.curves("LSTM: gradient reaching the input at each of 30 steps", "time step t", "||dL/dx_t||", lstmOverTime, true));
"""),
    md(r"""
At initialization the loss hardly hears the first inputs — the gradient fades going back, as for the vanilla RNN. After training, the loss responds most to the **first** input, the one it must remember, and far less to the ones it learned to ignore: the forget gates hold x₀ in the cell, and the path along c carries the gradient all the way back to it. It is the gradient highway of notebook 05's residual connections, laid along time.
"""),
    md(r"""
## Checks
"""),
    code(r"""
var trained = overTime.get("after training on T = 8");
if (!(rnnLoss.get(299) < 0.25 * rnnLoss.get(0))) throw new AssertionError("the RNN should learn to remember over 8 steps");
if (!(atInit.get(0) < 0.1 * atInit.get(29))) throw new AssertionError("at initialization, gradients should fade going back 30 steps");
if (!(trained.get(0) / trained.get(29) > 10 * atInit.get(0) / atInit.get(29))) throw new AssertionError("training should make the gradient reach further back");
var lstmTrained = lstmOverTime.get("LSTM after training on T = 16");
if (!(lstmFinal < 0.25 * lstmLoss.get(0))) throw new AssertionError("the LSTM should learn to remember over 16 steps");
if (!(lstmTrained.get(0) / lstmTrained.get(29) > 100 * lstmAtInit.get(0) / lstmAtInit.get(29))) throw new AssertionError("the trained LSTM's gradient should reach much further back");
"all checks passed"
"""),
]
