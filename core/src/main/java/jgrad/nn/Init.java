package jgrad.nn;

import jgrad.autograd.Grad;
import jgrad.autograd.Tensor;

/**
 * Weight initialisation, seeded by {@link Tensor#manualSeed(long)}. Xavier/Glorot keeps the
 * variance of activations constant through tanh/sigmoid layers; Kaiming/He does it for ReLU.
 * The functions ending in {@code _} are torch.nn.init's: they overwrite an existing weight in place
 * (outside the graph, as torch.nn.init does) and return it, e.g. {@code Init.kaimingNormal_(layer.weight)};
 * fans are those of PyTorch (fan-in = size(1) x the kernel's size, fan-out = size(0) x the kernel's size).
 */
public final class Init {
    private Init() {
    }

    /**
     * A new FLOAT32 tensor of {@code shape} drawn from U(low, high), outside the graph (wrap it in {@code Parameter.of}
     * to train it).
     */
    public static Tensor uniform(double low, double high, int... shape) {
        return Tensor.rand(shape).mul(high - low).add(low).detach();
    }

    /** A new FLOAT32 tensor of {@code shape} drawn from N(0, std²), outside the graph. */
    public static Tensor normal(double std, int... shape) {
        return Tensor.randn(shape).mul(std).detach();
    }

    /** Xavier/Glorot uniform for a weight of shape [out, in]: U(±sqrt(6 / (in + out))). */
    public static Tensor xavierUniform(int out, int in) {
        double bound = Math.sqrt(6.0 / (in + out));
        return uniform(-bound, bound, out, in);
    }

    /** Kaiming/He normal for ReLU, fan-in mode: N(0, 2 / in). */
    public static Tensor kaimingNormal(int out, int in) {
        return normal(Math.sqrt(2.0 / in), out, in);
    }

    /** Xavier/Glorot normal for a weight of shape [out, in]: N(0, 2 / (in + out)). */
    public static Tensor xavierNormal(int out, int in) {
        return normal(Math.sqrt(2.0 / (in + out)), out, in);
    }

    /** Kaiming/He uniform for ReLU, fan-in mode: U(±sqrt(6 / in)), the same variance 2 / in as kaimingNormal. */
    public static Tensor kaimingUniform(int out, int in) {
        double bound = Math.sqrt(6.0 / in);
        return uniform(-bound, bound, out, in);
    }

    /** torch.nn.init.uniform_: U(low, high). */
    public static Tensor uniform_(Tensor w, double low, double high) {
        return overwrite(w, Tensor.rand(w.shape()).mul(high - low).add(low));
    }

    /** torch.nn.init.normal_: N(mean, std²). */
    public static Tensor normal_(Tensor w, double mean, double std) {
        return overwrite(w, Tensor.randn(w.shape()).mul(std).add(mean));
    }

    /** torch.nn.init.constant_: overwrites every element of {@code w} with {@code value}, in place; returns w. */
    public static Tensor constant_(Tensor w, double value) {
        return overwrite(w, Tensor.full(value, w.shape()));
    }

    /** torch.nn.init.zeros_: overwrites {@code w} with zeros, in place; returns w. */
    public static Tensor zeros_(Tensor w) {
        return constant_(w, 0);
    }

    /** torch.nn.init.ones_: overwrites {@code w} with ones, in place; returns w. */
    public static Tensor ones_(Tensor w) {
        return constant_(w, 1);
    }

    /** torch.nn.init.xavier_uniform_: U(±sqrt(6 / (fanIn + fanOut))). */
    public static Tensor xavierUniform_(Tensor w) {
        int[] fan = fans("xavierUniform_", w);
        double bound = Math.sqrt(6.0 / (fan[0] + fan[1]));
        return uniform_(w, -bound, bound);
    }

    /** torch.nn.init.xavier_normal_: N(0, 2 / (fanIn + fanOut)). */
    public static Tensor xavierNormal_(Tensor w) {
        int[] fan = fans("xavierNormal_", w);
        return normal_(w, 0, Math.sqrt(2.0 / (fan[0] + fan[1])));
    }

    /** torch.nn.init.kaiming_uniform_ with its defaults (fan-in, ReLU gain): U(±sqrt(6 / fanIn)). */
    public static Tensor kaimingUniform_(Tensor w) {
        double bound = Math.sqrt(6.0 / fans("kaimingUniform_", w)[0]);
        return uniform_(w, -bound, bound);
    }

    /** torch.nn.init.kaiming_normal_ with its defaults (fan-in, ReLU gain): N(0, 2 / fanIn). */
    public static Tensor kaimingNormal_(Tensor w) {
        return normal_(w, 0, Math.sqrt(2.0 / fans("kaimingNormal_", w)[0]));
    }

    /** {fanIn, fanOut} as PyTorch computes them; a weight needs at least 2 dims. */
    private static int[] fans(String op, Tensor w) {
        int[] s = w.shape();
        if (s.length < 2) {
            throw new IllegalArgumentException("Init." + op + ": fan in and fan out need a weight with at least 2 dims, got shape "
                    + java.util.Arrays.toString(s));
        }
        int receptive = 1;
        for (int d = 2; d < s.length; d++) {
            receptive *= s[d];
        }
        return new int[] {s[1] * receptive, s[0] * receptive};
    }

    private static Tensor overwrite(Tensor w, Tensor values) {
        try (Grad off = Grad.noGrad()) {
            return w.copy_(values);
        }
    }
}
