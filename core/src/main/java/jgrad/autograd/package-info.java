/**
 * jgrad autograd core: {@link jgrad.autograd.Tensor} with reverse-mode automatic differentiation.
 *
 * <p>Design (after micrograd / tinygrad): a small set of primitive ops in {@code jgrad.autograd.ops}, each a
 * {@link jgrad.autograd.Node} subclass holding its forward kernel and derivative side by side (Add, Mul,
 * Neg, Pow, Exp, Log, Sin, Cos, Abs, Relu, Tanh, Sigmoid, Sum, Max, Matmul, Reshape, Permute, Expand, Select,
 * Cast). Everything else (sub, div, mean, sqrt, softmax, logSoftmax, t, squeeze, broadcasting) is composed
 * from them in {@link jgrad.autograd.Tensor}. Broadcasting is an explicit Expand (stride-0 view) whose
 * backward sums the gradient back to the input shape.
 *
 * <p>Backward ({@code Engine}) is iterative: explicit-stack topological sort, then one reverse sweep, so graph
 * depth is bounded by heap, not by the Java stack. Derivatives are themselves written with Tensor ops, so
 * {@link jgrad.autograd.Autograd#grad} with {@code createGraph=true} gives higher-order gradients.
 */
package jgrad.autograd;
