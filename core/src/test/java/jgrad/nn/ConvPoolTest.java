package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgrad.autograd.Autograd;
import jgrad.autograd.DType;
import jgrad.autograd.GradCheck;
import jgrad.autograd.Tensor;
import org.junit.jupiter.api.Test;

class ConvPoolTest {
    private static Tensor f64(int... shape) {
        return Tensor.randn(shape).to(DType.FLOAT64).detach().requiresGrad();
    }

    /** Textbook direct convolution, the independent reference for the im2col path. */
    private static double[] direct(double[] x, int n, int c, int h, int w, double[] k, int o, int ks, double[] b, int stride, int pad) {
        int oh = (h + 2 * pad - ks) / stride + 1;
        int ow = (w + 2 * pad - ks) / stride + 1;
        double[] out = new double[n * o * oh * ow];
        for (int bi = 0; bi < n; bi++)
            for (int oc = 0; oc < o; oc++)
                for (int y = 0; y < oh; y++)
                    for (int xx = 0; xx < ow; xx++) {
                        double s = b[oc];
                        for (int ic = 0; ic < c; ic++)
                            for (int i = 0; i < ks; i++)
                                for (int j = 0; j < ks; j++) {
                                    int iy = y * stride - pad + i;
                                    int ix = xx * stride - pad + j;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                                        s += x[((bi * c + ic) * h + iy) * w + ix] * k[((oc * c + ic) * ks + i) * ks + j];
                                    }
                                }
                        out[((bi * o + oc) * oh + y) * ow + xx] = s;
                    }
        return out;
    }

    @Test
    void convMatchesDirectConvolutionWithStrideAndPadding() {
        Tensor.manualSeed(3);
        Tensor x = f64(2, 3, 6, 5);
        Tensor k = f64(4, 3, 3, 3);
        Tensor b = f64(4);
        for (int[] sp : new int[][] {{1, 0}, {2, 1}, {1, 2}}) {
            Tensor y = Functional.conv2d(x, k, b, sp[0], sp[1]);
            assertArrayEquals(direct(x.toArray(), 2, 3, 6, 5, k.toArray(), 4, 3, b.toArray(), sp[0], sp[1]), y.toArray(), 1e-9);
        }
    }

    @Test
    void convGradientsMatchFiniteDifferences() {
        Tensor.manualSeed(4);
        var result = GradCheck.check(in -> Functional.conv2d(in[0], in[1], in[2], 2, 1).tanh().sum(),
                f64(2, 2, 5, 5), f64(3, 2, 3, 3), f64(3));
        assertTrue(result.passed(), result.toString());
    }

    @Test
    void poolingValuesAndGradients() {
        Tensor x = Tensor.of(new double[] {1, 2, 5, 6, 3, 4, 7, 8, 9, 10, 13, 14, 11, 12, 15, 16}).reshape(1, 1, 4, 4).requiresGrad();
        Tensor max = new MaxPool2d(2).forward(x);
        assertArrayEquals(new double[] {4, 8, 12, 16}, max.toArray(), 0);
        max.sum().backward();
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1}, x.grad().toArray(), 0);
        assertArrayEquals(new double[] {2.5, 6.5, 10.5, 14.5}, new AvgPool2d(2).forward(x).toArray(), 1e-6);
        Tensor.manualSeed(5);
        var r = GradCheck.check(in -> new AvgPool2d(2, 1).forward(in[0]).pow(2).sum(), f64(2, 3, 4, 4));
        assertTrue(r.passed(), r.toString());
    }

    @Test
    void convLayerShapesAndErrors() {
        var conv = new Conv2d(1, 8, 3);
        assertArrayEquals(new int[] {4, 8, 26, 26}, conv.forward(Tensor.zeros(4, 1, 28, 28)).shape());
        var e = assertThrows(IllegalArgumentException.class, () -> conv.forward(Tensor.zeros(4, 3, 28, 28)));
        assertTrue(e.getMessage().contains("[4, 3, 28, 28]") && e.getMessage().contains("Conv2d(1, 8, kernel=3)"), e.getMessage());
        var small = assertThrows(IllegalArgumentException.class, () -> new MaxPool2d(3).forward(Tensor.zeros(1, 1, 2, 2)));
        assertTrue(small.getMessage().contains("larger than the padded input"), small.getMessage());
    }

    private static Tensor lossGradWrtInput(Tensor x, Tensor w, boolean createGraph) {
        Tensor loss = Functional.conv2d(x, w, null, 2, 1).pow(2).sum();
        return Autograd.grad(loss, new Tensor[] {x}, createGraph)[0];
    }

    /** With createGraph the fused conv's derivative is itself differentiable (d/dw of a dL/dx). */
    @Test
    void convSecondDerivativeMatchesFiniteDifferencesOfTheFirst() {
        Tensor.manualSeed(6);
        Tensor x = f64(1, 2, 5, 5);
        Tensor w = f64(2, 2, 3, 3);
        double[] analytic = Autograd.grad(lossGradWrtInput(x, w, true).sum(), new Tensor[] {w}, false)[0].toArray();
        double[] wv = w.toArray();
        double h = 1e-5;
        for (int j = 0; j < wv.length; j++) {
            double[] up = wv.clone(), down = wv.clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (lossGradWrtInput(x, weights(up), false).sum().item()
                    - lossGradWrtInput(x, weights(down), false).sum().item()) / (2 * h);
            assertEquals(numeric, analytic[j], 1e-6 * Math.max(1, Math.abs(numeric)), "d/dw[" + j + "]");
        }
    }

    private static Tensor weights(double[] values) {
        return Tensor.fromData(values, new int[] {2, 2, 3, 3}, DType.FLOAT64);
    }

    @Test
    void nanPropagatesThroughReluAndMaxPoolAndGetsTheGradient() {
        Tensor x = Tensor.of(new double[] {1, Double.NaN, 3, 2}).reshape(1, 1, 2, 2).requiresGrad();
        assertTrue(Double.isNaN(x.relu().toArray()[1]), "relu(NaN) is NaN, as in PyTorch");
        Tensor pooled = new MaxPool2d(2).forward(x);
        assertTrue(Double.isNaN(pooled.item()));
        pooled.backward(Tensor.ones(1, 1, 1, 1));
        assertArrayEquals(new double[] {0, 1, 0, 0}, x.grad().toArray(), 0);
    }

    @Test
    void tiedMaximaGiveTheGradientToTheFirstOfThemLikePyTorch() {
        Tensor x = Tensor.of(new double[] {0, 5, 5, 5, 5, 5, 7, 7, 7}).reshape(1, 1, 3, 3).requiresGrad();
        Tensor pooled = new MaxPool2d(2, 1).forward(x); // overlapping 2x2 windows
        assertArrayEquals(new double[] {5, 5, 7, 7}, pooled.toArray(), 0);
        pooled.sum().backward();
        assertArrayEquals(new double[] {0, 2, 0, 0, 0, 0, 1, 1, 0}, x.grad().toArray(), 0);
    }

    @Test
    void convBiasOfTheWrongShapeIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Functional.conv2d(Tensor.zeros(1, 1, 4, 4), Tensor.zeros(2, 1, 3, 3), Tensor.zeros(3), 1, 0));
        assertTrue(e.getMessage().contains("bias must have shape [2]") && e.getMessage().contains("[3]"), e.getMessage());
    }

    /** The float32 backward (cols read transposed by Sgemm) against the float64 one (checked against PyTorch). */
    @Test
    void float32GradientsMatchFloat64() {
        Tensor.manualSeed(3);
        double[] xv = Tensor.randn(3, 4, 9, 11).toArray(), wv = Tensor.randn(6, 4, 3, 3).toArray(), bv = Tensor.randn(6).toArray();
        for (int[] strideAndPad : new int[][] {{1, 0}, {2, 1}, {1, 2}}) {
            for (boolean inputGrad : new boolean[] {true, false}) {
                double[][] want = null;
                for (DType dtype : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                    Tensor x = Tensor.fromData(xv, new int[] {3, 4, 9, 11}, dtype);
                    if (inputGrad) x.requiresGrad();
                    Tensor w = Tensor.fromData(wv, new int[] {6, 4, 3, 3}, dtype).requiresGrad();
                    Tensor b = Tensor.fromData(bv, new int[] {6}, dtype).requiresGrad();
                    Tensor y = Functional.conv2d(x, w, b, strideAndPad[0], strideAndPad[1]);
                    y.mul(y.detach()).sum().backward(); // an upstream gradient that differs per element
                    double[][] got = {inputGrad ? x.grad().toArray() : new double[0], w.grad().toArray(), b.grad().toArray()};
                    if (want == null) {
                        want = got;
                        continue;
                    }
                    for (int t = 0; t < 3; t++) {
                        for (int i = 0; i < want[t].length; i++) {
                            assertEquals(want[t][i], got[t][i], 1e-4 * (1 + Math.abs(want[t][i])),
                                    "grad " + t + " at " + i + " stride/pad " + strideAndPad[0] + "/" + strideAndPad[1]);
                        }
                    }
                }
            }
        }
    }

    /** The float32 2×2 pooling path against the general float64 one: values, and which element wins ties and NaNs. */
    @Test
    void float32TwoByTwoPoolingPicksTheSameWinners() {
        Tensor.manualSeed(4);
        double[] v = Tensor.randn(2, 3, 8, 10).toArray();
        for (int i = 0; i < v.length; i += 7) v[i] = v[i + 1]; // ties inside windows
        v[5] = Double.NaN;
        v[40] = -0.0;
        v[41] = 0.0;
        for (int stride : new int[] {2, 1}) {
            double[][] want = null;
            for (DType dtype : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                Tensor x = Tensor.fromData(v, new int[] {2, 3, 8, 10}, dtype).requiresGrad();
                Tensor y = Functional.maxPool2d(x, 2, stride);
                y.mul(Tensor.arange(y.numel()).reshape(y.shape()).to(dtype)).sum().backward(); // distinct gradients
                double[][] got = {y.toArray(), x.grad().toArray()};
                if (want == null) {
                    want = got;
                    continue;
                }
                for (int t = 0; t < 2; t++) {
                    for (int i = 0; i < want[t].length; i++) {
                        double a = want[t][i], b = got[t][i];
                        assertTrue(Double.isNaN(a) ? Double.isNaN(b) : Math.abs(a - b) <= 1e-6 * (1 + Math.abs(a)),
                                (t == 0 ? "output " : "gradient ") + i + " stride " + stride + ": " + a + " vs " + b);
                    }
                }
            }
        }
    }

    /** Conv2d.conv was replaced by Functional.conv2d; code calling it still compiles and gets the same values and gradients. */
    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedConvGivesWhatFunctionalConv2dGives() {
        Tensor.manualSeed(3);
        Tensor x = f64(2, 3, 6, 6);
        Tensor w = f64(4, 3, 3, 3);
        Tensor b = f64(4);
        Tensor old = Conv2d.conv(x, w, b, 2, 1);
        old.sum().backward();
        double[] oldGrad = w.grad().toArray();
        w.zeroGrad();
        Tensor now = Functional.conv2d(x, w, b, 2, 1);
        now.sum().backward();
        assertArrayEquals(now.shape(), old.shape());
        assertArrayEquals(now.toArray(), old.toArray(), 0.0);
        assertArrayEquals(w.grad().toArray(), oldGrad, 0.0);
        assertThrows(IllegalArgumentException.class, () -> Conv2d.conv(x, f64(4, 2, 3, 3), null, 1, 0));
    }
}
