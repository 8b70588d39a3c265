"""Assignment · autograd by hand: a function's value and derivative, and a linear model's MSE loss and
gradient, worked out by hand and checked against backward()."""
from cells import md, readonly, solution, tests

ASSIGNMENT = "autograd_by_hand"
NAME = "autograd_by_hand"
CELL_ID_PREFIX = "ah"

CHECKS = readonly("checks", r"""
// The tests below use these checks: each throws an AssertionError saying what was expected and what came out.
void check(boolean passed, String message) {
    if (!passed) throw new AssertionError(message);
}

void checkClose(String what, double actual, double expected, double tolerance) {
    check(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
            what + ": expected " + expected + " (within " + tolerance + "), got " + actual);
}

/** A float64 tensor, so that autograd and the hand-written code agree to many digits. */
Tensor float64(double[] values, int... shape) {
    return Tensor.fromData(values, shape, DType.FLOAT64);
}
""")

CELLS = [
    readonly("intro", r"""
# Assignment · autograd by hand

`backward()` computes derivatives for you. In this assignment you compute them yourself — for one function of one variable, then for the loss of a linear model — and the tests compare your answers with what autograd gets.

Write your code where it says `// YOUR CODE HERE` (replace the `throw` line below it). Run the cells from the top; each test cell is silent when it passes and stops with an `AssertionError` saying what it expected when it does not. Hidden tests check more inputs when your work is graded.
""", kind="markdown"),
    CHECKS,
    md(r"""
## Part 1 · one variable
Take $f(x) = x^2 \sin x$. Implement `f` and its derivative `dfdx` (the product rule: $(uv)' = u'v + uv'$).
"""),
    solution("f-and-derivative", r"""
/** f(x) = x² · sin(x). */
double f(double x) {
    // BEGIN SOLUTION
    return x * x * Math.sin(x);
    // END SOLUTION
}

/** df/dx, worked out by hand. */
double dfdx(double x) {
    // BEGIN SOLUTION
    return 2 * x * Math.sin(x) + x * x * Math.cos(x);
    // END SOLUTION
}
"""),
    md(r"""
Autograd records the same function as a graph of tensor operations and differentiates it with `backward()`:
"""),
    readonly("autograd-f", r"""
/** The derivative of x² · sin(x) at x, by autograd. */
double autogradDfdx(double x) {
    Tensor t = float64(new double[] {x}).requiresGrad();
    t.mul(t).mul(t.sin()).sum().backward();
    return t.grad().item();
}
System.out.printf("autograd: f'(1.5) = %.6f%n", autogradDfdx(1.5));
"""),
    tests("test-f", 1, r"""
checkClose("f(1.5)", f(1.5), 1.5 * 1.5 * Math.sin(1.5), 1e-12);
checkClose("f(0)", f(0), 0, 1e-12);
// BEGIN HIDDEN TESTS
checkClose("f(-2)", f(-2), 4 * Math.sin(-2), 1e-12);
checkClose("f(10)", f(10), 100 * Math.sin(10), 1e-12);
// END HIDDEN TESTS
"""),
    tests("test-dfdx", 2, r"""
for (double x : new double[] {-2, 0.5, 1.5}) {
    checkClose("dfdx(" + x + ") against backward()", dfdx(x), autogradDfdx(x), 1e-9);
}
// BEGIN HIDDEN TESTS
for (double x : new double[] {-7.25, 0, 3, 12.5}) {
    checkClose("dfdx(" + x + ") against backward()", dfdx(x), autogradDfdx(x), 1e-9);
}
// END HIDDEN TESTS
"""),
    md(r"""
## Part 2 · the loss of a linear model
A linear model predicts $\hat y_i = \sum_j X_{ij} w_j + b$ for each row $i$ of the $n \times d$ inputs $X$. Its mean squared error is

$$L(w, b) = \frac{1}{n} \sum_{i=1}^{n} (\hat y_i - y_i)^2 .$$

Implement `mseLoss`, and `mseGradient`, which returns the $d + 1$ numbers $\partial L / \partial w_1, \dots, \partial L / \partial w_d, \partial L / \partial b$. (Hint: with the residual $r_i = \hat y_i - y_i$, $\partial L / \partial w_j = \frac{2}{n} \sum_i r_i X_{ij}$.)
"""),
    solution("mse-and-gradient", r"""
double mseLoss(double[][] X, double[] y, double[] w, double b) {
    // BEGIN SOLUTION
    double total = 0;
    for (int i = 0; i < X.length; i++) {
        double r = b - y[i];
        for (int j = 0; j < w.length; j++) r += X[i][j] * w[j];
        total += r * r;
    }
    return total / X.length;
    // END SOLUTION
}

double[] mseGradient(double[][] X, double[] y, double[] w, double b) {
    // BEGIN SOLUTION
    int n = X.length, d = w.length;
    double[] grad = new double[d + 1];
    for (int i = 0; i < n; i++) {
        double r = b - y[i];
        for (int j = 0; j < d; j++) r += X[i][j] * w[j];
        for (int j = 0; j < d; j++) grad[j] += 2 * r * X[i][j] / n;
        grad[d] += 2 * r / n;
    }
    return grad;
    // END SOLUTION
}
"""),
    md(r"""
Autograd's answer, for comparison: the same loss built from tensor operations, then `backward()`. The gradient lands in `w.grad()` and `b.grad()`.
"""),
    readonly("autograd-mse", r"""
/** The loss and its gradient (w then b) by autograd: element 0 is the loss. */
double[] autogradMse(double[][] X, double[] y, double[] w, double b) {
    int n = X.length, d = w.length;
    double[] flat = new double[n * d];
    for (int i = 0; i < n; i++) System.arraycopy(X[i], 0, flat, i * d, d);
    Tensor wt = float64(w.clone(), d).requiresGrad();
    Tensor bt = float64(new double[] {b}).requiresGrad();
    Tensor loss = Loss.mse(float64(flat, n, d).matmul(wt).add(bt), float64(y.clone(), n));
    loss.backward();
    double[] result = new double[d + 2];
    result[0] = loss.item();
    System.arraycopy(wt.grad().toArray(), 0, result, 1, d);
    result[d + 1] = bt.grad().item();
    return result;
}

/** Compares mseLoss and mseGradient with autograd on one problem. */
void checkMse(String name, double[][] X, double[] y, double[] w, double b, boolean gradient) {
    double[] expected = autogradMse(X, y, w, b);
    if (!gradient) {
        checkClose(name + ": mseLoss", mseLoss(X, y, w, b), expected[0], 1e-9);
        return;
    }
    double[] grad = mseGradient(X, y, w, b);
    check(grad.length == w.length + 1, name + ": mseGradient should return " + (w.length + 1)
            + " numbers (d/dw for each weight, then d/db), got " + grad.length);
    for (int j = 0; j <= w.length; j++) {
        String which = j < w.length ? "dL/dw" + (j + 1) : "dL/db";
        checkClose(name + ": " + which + " against backward()", grad[j], expected[j + 1], 1e-9);
    }
}

/** n rows of d inputs in [-1, 1], targets from known weights plus noise: the same problem for every seed. */
Object[] randomProblem(long seed, int n, int d) {
    var random = new Random(seed);
    double[][] X = new double[n][d];
    double[] y = new double[n], w = new double[d];
    for (int j = 0; j < d; j++) w[j] = random.nextGaussian();
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) { X[i][j] = 2 * random.nextDouble() - 1; y[i] += 3 * X[i][j]; }
        y[i] += random.nextGaussian() * 0.1;
    }
    return new Object[] {X, y, w, random.nextGaussian()};
}

double[][] X1 = {{1, 2}, {3, -1}, {0.5, 0}};
double[] y1 = {1, 0, 2};
double[] w1 = {0.3, -0.2};
double[] reference = autogradMse(X1, y1, w1, 0.1);
System.out.printf("autograd: L = %.6f, dL/dw = [%.6f, %.6f], dL/db = %.6f%n",
        reference[0], reference[1], reference[2], reference[3]);
"""),
    tests("test-mse-loss", 1, r"""
checkMse("3 points, 2 inputs", X1, y1, w1, 0.1, false);
// BEGIN HIDDEN TESTS
var p = randomProblem(7, 50, 4);
checkMse("50 points, 4 inputs", (double[][]) p[0], (double[]) p[1], (double[]) p[2], (double) p[3], false);
// END HIDDEN TESTS
"""),
    tests("test-mse-gradient", 3, r"""
checkMse("3 points, 2 inputs", X1, y1, w1, 0.1, true);
// BEGIN HIDDEN TESTS
var q = randomProblem(11, 40, 5);
checkMse("40 points, 5 inputs", (double[][]) q[0], (double[]) q[1], (double[]) q[2], (double) q[3], true);
checkMse("1 point, 1 input", new double[][] {{2}}, new double[] {1}, new double[] {0.5}, -1, true);
// END HIDDEN TESTS
"""),
]
