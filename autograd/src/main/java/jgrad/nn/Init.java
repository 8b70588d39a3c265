package jgrad.nn;

import jgrad.autograd.Tensor;

/**
 * Weight initialisation, seeded by {@link Tensor#manualSeed(long)}. Xavier/Glorot keeps the
 * variance of activations constant through tanh/sigmoid layers; Kaiming/He does it for ReLU.
 */
public final class Init {
    private Init() {
    }

    public static Tensor uniform(double low, double high, int... shape) {
        return Tensor.rand(shape).mul(high - low).add(low).detach();
    }

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
}
