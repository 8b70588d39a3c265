package jgrad.nn;

import java.util.Arrays;

import jgrad.autograd.DType;
import jgrad.autograd.Tensor;

/**
 * Loss functions, each the mean over the batch as in PyTorch's default reduction; the overloads taking a
 * {@link Reduction} sum instead, or keep one loss per element (per sample for cross-entropy and NLL). The
 * module-style forms ({@code new MSELoss()}, {@code new CrossEntropyLoss()}, ...) call these.
 */
public final class Loss {
    private Loss() {
    }

    /** Mean squared error. */
    public static Tensor mse(Tensor prediction, Tensor target) {
        return mse(prediction, target, Reduction.MEAN);
    }

    /**
     * torch.nn.functional.mse_loss with reduction: squared errors combined by MEAN, SUM, or kept per element (NONE).
     */
    public static Tensor mse(Tensor prediction, Tensor target, Reduction reduction) {
        sameShape("mse", prediction, target);
        return reduction.apply(prediction.sub(target).pow(2));
    }

    /** Mean absolute error. */
    public static Tensor l1(Tensor prediction, Tensor target) {
        return l1(prediction, target, Reduction.MEAN);
    }

    /**
     * torch.nn.functional.l1_loss with reduction: absolute errors combined by MEAN, SUM, or kept per element (NONE).
     */
    public static Tensor l1(Tensor prediction, Tensor target, Reduction reduction) {
        sameShape("l1", prediction, target);
        return reduction.apply(prediction.sub(target).abs());
    }

    /**
     * Huber (smooth L1 scaled by delta): ½d² where |d| ≤ delta, else delta·(|d| − ½delta).
     * Written with q = min(|d|, delta) as ½q² + delta·(|d| − q) so it is built from relu alone.
     */
    public static Tensor huber(Tensor prediction, Tensor target, double delta) {
        return huber(prediction, target, delta, Reduction.MEAN);
    }

    /** torch.nn.functional.huber_loss with reduction: quadratic below {@code delta}, linear above. */
    public static Tensor huber(Tensor prediction, Tensor target, double delta, Reduction reduction) {
        sameShape("huber", prediction, target);
        if (!(delta > 0)) {
            throw new IllegalArgumentException("huber: delta must be positive, got " + delta);
        }
        Tensor a = prediction.sub(target).abs();
        Tensor q = a.sub(a.sub(delta).relu());
        return reduction.apply(q.pow(2).mul(0.5).add(a.sub(q).mul(delta)));
    }

    /**
     * Cross-entropy of logits [N, C] against class indices [N]; log-softmax keeps it stable
     * for large logits.
     */
    public static Tensor crossEntropy(Tensor logits, Tensor classes) {
        return crossEntropy(logits, classes, Reduction.MEAN);
    }

    /** Cross-entropy with a reduction; {@code NONE} keeps one loss per sample, shape [N]. */
    public static Tensor crossEntropy(Tensor logits, Tensor classes, Reduction reduction) {
        return nll(logits.logSoftmax(1), classes, reduction, "crossEntropy");
    }

    /** Negative log-likelihood of log-probabilities [N, C] against class indices [N]. */
    public static Tensor nll(Tensor logProbabilities, Tensor classes) {
        return nll(logProbabilities, classes, Reduction.MEAN);
    }

    /**
     * torch.nn.functional.nll_loss with reduction: minus the log-probability [N, C] of each sample's class [N]; NONE
     * keeps shape [N].
     */
    public static Tensor nll(Tensor logProbabilities, Tensor classes, Reduction reduction) {
        return nll(logProbabilities, classes, reduction, "nll");
    }

    private static Tensor nll(Tensor logProbabilities, Tensor classes, Reduction reduction, String op) {
        Tensor picked = logProbabilities.mul(oneHot(op, logProbabilities.shape(), classes, logProbabilities.dtype()));
        return switch (reduction) {
            case MEAN -> picked.sum().div(-classes.shape()[0]);
            case SUM -> picked.sum().neg();
            case NONE -> picked.sum(1).neg();
        };
    }

    /** Binary cross-entropy of probabilities in (0, 1); clamped away from 0 and 1 as PyTorch does. */
    public static Tensor bce(Tensor probability, Tensor target) {
        return bce(probability, target, Reduction.MEAN);
    }

    /**
     * torch.nn.functional.binary_cross_entropy with reduction; probabilities in (0, 1), targets 0/1 of the same shape.
     */
    public static Tensor bce(Tensor probability, Tensor target, Reduction reduction) {
        sameShape("bce", probability, target);
        double eps = 1e-12;
        Tensor p = probability;
        Tensor logP = p.add(eps).log();
        Tensor log1mP = p.neg().add(1 + eps).log();
        return reduction.apply(target.mul(logP).add(target.neg().add(1).mul(log1mP))).neg();
    }

    /** Binary cross-entropy on logits: log(1 + e^z) − t·z written as relu(z) − t·z + log(1 + e^−|z|), stable for any z. */
    public static Tensor bceWithLogits(Tensor logits, Tensor target) {
        return bceWithLogits(logits, target, Reduction.MEAN);
    }

    /** torch.nn.functional.binary_cross_entropy_with_logits with reduction; stable for any logit. */
    public static Tensor bceWithLogits(Tensor logits, Tensor target, Reduction reduction) {
        sameShape("bceWithLogits", logits, target);
        Tensor softplusNegAbs = logits.abs().neg().exp().add(1).log();
        return reduction.apply(logits.relu().sub(target.mul(logits)).add(softplusNegAbs));
    }

    static Tensor oneHot(String op, int[] scoresShape, Tensor classes, DType dtype) {
        if (scoresShape.length != 2) {
            throw new IllegalArgumentException(op + ": scores must have shape [N, C], got " + Arrays.toString(scoresShape));
        }
        int n = scoresShape[0];
        int c = scoresShape[1];
        if (classes.shape().length != 1 || classes.shape()[0] != n) {
            throw new IllegalArgumentException(op + ": targets must be class indices of shape [" + n
                    + "] for scores " + Arrays.toString(scoresShape) + ", got " + Arrays.toString(classes.shape()));
        }
        double[] labels = classes.toArray();
        double[] mask = new double[n * c];
        for (int i = 0; i < n; i++) {
            int label = (int) labels[i];
            if (label != labels[i] || label < 0 || label >= c) {
                throw new IllegalArgumentException(op + ": target " + labels[i] + " at position " + i
                        + " is not a class index in [0, " + (c - 1) + "]");
            }
            mask[i * c + label] = 1;
        }
        return Tensor.fromData(mask, new int[] {n, c}, dtype);
    }

    /**
     * L2 weight decay as a loss term: (weightDecay / 2) · Σ‖p‖², whose gradient weightDecay · p is
     * what an optimizer's weightDecay option adds. Pass {@code model.parameters()}.
     */
    public static Tensor l2(Iterable<Tensor> parameters, double weightDecay) {
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("l2: weightDecay must be >= 0, got " + weightDecay);
        }
        Tensor total = Tensor.scalar(0);
        for (Tensor p : parameters) {
            total = total.add(p.pow(2).sum());
        }
        return total.mul(weightDecay / 2);
    }

    private static void sameShape(String op, Tensor prediction, Tensor target) {
        if (!Arrays.equals(prediction.shape(), target.shape())) {
            throw new IllegalArgumentException(op + ": prediction shape " + Arrays.toString(prediction.shape())
                    + " differs from target shape " + Arrays.toString(target.shape()));
        }
    }
}
