package jgrad.autograd;

import java.util.Random;
import java.util.function.Function;

/** Compares autograd gradients with float64 central finite differences. */
public final class GradCheck {
    public static final double EPS = 1e-6;
    public static final double ATOL = 1e-5;
    public static final double RTOL = 1e-3;

    private GradCheck() { }

    /** Outcome: per input, the max absolute and relative error between analytic and numeric gradients. */
    public static final class Result {
        private final double[] maxAbs;
        private final double[] maxRel;
        private final boolean passed;

        Result(double[] maxAbs, double[] maxRel, boolean passed) {
            this.maxAbs = maxAbs;
            this.maxRel = maxRel;
            this.passed = passed;
        }

        /**
         * Whether every input's gradient agreed with the numeric one within {@link GradCheck#ATOL} +
         * {@link GradCheck#RTOL}·|numeric|.
         */
        public boolean passed() { return passed; }

        /** The largest |analytic - numeric| over the elements of input number {@code input} (0-based). */
        public double maxAbsError(int input) { return maxAbs[input]; }

        /**
         * The largest relative error |analytic - numeric| / |numeric| over the elements of input number {@code input}.
         */
        public double maxRelError(int input) { return maxRel[input]; }

        /** How many inputs were checked. */
        public int inputs() { return maxAbs.length; }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("GradCheck(").append(passed ? "passed" : "FAILED");
            for (int i = 0; i < maxAbs.length; i++) {
                sb.append(String.format(java.util.Locale.ROOT, ", input %d: maxAbs=%.3e maxRel=%.3e", i, maxAbs[i], maxRel[i]));
            }
            return sb.append(')').toString();
        }
    }

    /**
     * Checks the gradient of {@code sum(fn(x) * w)} for a fixed random weight tensor w, w.r.t. every input,
     * everything in float64.
     */
    public static Result check(Function<Tensor[], Tensor> fn, Tensor... inputs) {
        Tensor[] xs = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            xs[i] = Tensor.fromData(inputs[i].toArray(), inputs[i].shape(), DType.FLOAT64).requiresGrad();
        }
        Tensor out = fn.apply(xs);
        Random r = new Random(1234);
        double[] w = new double[(int) out.numel()];
        for (int i = 0; i < w.length; i++) w[i] = 0.5 + r.nextDouble();
        Tensor wt = Tensor.fromData(w, out.shape(), DType.FLOAT64);
        out.mul(wt).sum().backward();

        double[] maxAbs = new double[xs.length], maxRel = new double[xs.length];
        boolean ok = true;
        for (int i = 0; i < xs.length; i++) {
            double[] analytic = xs[i].grad() == null ? new double[(int) xs[i].numel()] : xs[i].grad().toArray();
            double[] base = xs[i].toArray();
            for (int k = 0; k < base.length; k++) {
                double num = (loss(fn, xs, i, base, k, EPS, wt) - loss(fn, xs, i, base, k, -EPS, wt)) / (2 * EPS);
                double abs = Math.abs(num - analytic[k]);
                double rel = abs / Math.max(Math.abs(num), 1e-12);
                maxAbs[i] = Math.max(maxAbs[i], abs);
                maxRel[i] = Math.max(maxRel[i], abs == 0 ? 0 : rel);
                if (!(abs <= ATOL + RTOL * Math.abs(num))) ok = false;
            }
        }
        return new Result(maxAbs, maxRel, ok);
    }

    private static double loss(Function<Tensor[], Tensor> fn, Tensor[] xs, int which, double[] base, int k,
                               double delta, Tensor w) {
        return Grad.noGrad(() -> {
            Tensor[] args = xs.clone();
            double[] p = base.clone();
            p[k] += delta;
            args[which] = Tensor.fromData(p, xs[which].shape(), DType.FLOAT64);
            return fn.apply(args).mul(w).sum().item();
        });
    }
}
