package jgrad.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            Tensor y = Conv2d.conv(x, k, b, sp[0], sp[1]);
            assertArrayEquals(direct(x.toArray(), 2, 3, 6, 5, k.toArray(), 4, 3, b.toArray(), sp[0], sp[1]), y.toArray(), 1e-9);
        }
    }

    @Test
    void convGradientsMatchFiniteDifferences() {
        Tensor.manualSeed(4);
        var result = GradCheck.check(in -> Conv2d.conv(in[0], in[1], in[2], 2, 1).tanh().sum(),
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
}
