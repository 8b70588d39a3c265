package jgrad.nn;

import java.util.Arrays;

import jgrad.autograd.Tensor;

/**
 * Batch normalisation over dim 1 (channels) of (N, C, ...) inputs, as torch.nn.BatchNorm*d:
 * training normalises with the batch's mean and biased variance and folds them into the running
 * mean and (unbiased) variance with the given momentum; evaluation uses the running statistics.
 * The subclasses only fix which input ranks are accepted.
 */
public abstract class BatchNorm extends Module {
    private final int numFeatures;
    private final double eps;
    private final double momentum;
    public final Tensor weight;
    public final Tensor bias;
    public final Tensor runningMean;
    public final Tensor runningVar;
    private final Tensor batchesTracked;

    /**
     * Weight (ones) and bias (zeros) of {@code numFeatures} channels, running mean 0 and variance 1; {@code eps} is
     * added to the variance, {@code momentum} weighs each new batch in the running statistics.
     */
    protected BatchNorm(int numFeatures, double eps, double momentum) {
        if (numFeatures < 1 || !(eps > 0) || !(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": need numFeatures >= 1, eps > 0 and momentum in [0, 1], got "
                    + numFeatures + ", " + eps + ", " + momentum);
        }
        this.numFeatures = numFeatures;
        this.eps = eps;
        this.momentum = momentum;
        this.weight = registerParameter("weight", Tensor.ones(numFeatures));
        this.bias = registerParameter("bias", Tensor.zeros(numFeatures));
        this.runningMean = registerBuffer("running_mean", Tensor.zeros(numFeatures));
        this.runningVar = registerBuffer("running_var", Tensor.ones(numFeatures));
        // A 0-d count, the shape PyTorch's state_dict has, so weights load both ways.
        this.batchesTracked = registerBuffer("num_batches_tracked", Tensor.zeros());
    }

    /** Whether inputs of {@code rank} dims are accepted (BatchNorm1d: 2 or 3, BatchNorm2d: 4). */
    protected abstract boolean acceptsRank(int rank);

    /** The accepted shapes for error messages, e.g. "(N, C) or (N, C, L)". */
    protected abstract String expectedShape();

    @Override
    public Tensor forward(Tensor input) {
        int[] shape = input.shape();
        if (!acceptsRank(shape.length) || shape[1] != numFeatures) {
            throw new IllegalArgumentException(getClass().getSimpleName() + "(" + extraRepr() + "): expected input of shape "
                    + expectedShape() + " with C=" + numFeatures + ", got " + Arrays.toString(shape));
        }
        if (!isTraining()) {
            return normalize(input, runningMean, runningVar, weight, bias, eps);
        }
        int count = (int) (input.numel() / numFeatures);
        if (count < 2) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": training needs more than one value per channel, got input "
                    + Arrays.toString(shape));
        }
        Tensor mean = channelMean(input);
        Tensor variance = channelMean(input.sub(broadcastable(mean, shape.length)).pow(2));
        updateRunningStats(mean, variance, count);
        return normalize(input, mean, variance, weight, bias, eps);
    }

    private void updateRunningStats(Tensor mean, Tensor biasedVariance, int count) {
        double[] m = mean.toArray(), v = biasedVariance.toArray();
        double[] rm = runningMean.toArray(), rv = runningVar.toArray();
        for (int c = 0; c < numFeatures; c++) {
            rm[c] = (1 - momentum) * rm[c] + momentum * m[c];
            rv[c] = (1 - momentum) * rv[c] + momentum * v[c] * count / (count - 1);
        }
        runningMean.assign(rm);
        runningVar.assign(rv);
        batchesTracked.assign(new double[] {batchesTracked.item() + 1});
    }

    /** Training-mode batch norm as a pure function (batch statistics, no running state), for gradient checks. */
    public static Tensor batchNorm(Tensor input, Tensor weight, Tensor bias, double eps) {
        Tensor mean = channelMean(input);
        Tensor variance = channelMean(input.sub(broadcastable(mean, input.dim())).pow(2));
        return normalize(input, mean, variance, weight, bias, eps);
    }

    /** (x − mean) / √(var + eps) · weight + bias, with the per-channel [C] tensors broadcast over dim 1. */
    static Tensor normalize(Tensor x, Tensor mean, Tensor variance, Tensor weight, Tensor bias, double eps) {
        int rank = x.dim();
        Tensor centred = x.sub(broadcastable(mean, rank));
        Tensor scale = broadcastable(variance, rank).add(eps).pow(-0.5).mul(broadcastable(weight, rank));
        return centred.mul(scale).add(broadcastable(bias, rank));
    }

    /** Mean over every dim but 1, as a [C] tensor. */
    private static Tensor channelMean(Tensor x) {
        Tensor m = x.mean(0);
        while (m.dim() > 1) {
            m = m.mean(m.dim() - 1);
        }
        return m;
    }

    /** A [C] tensor reshaped to [1, C, 1, ...] of the given rank. */
    private static Tensor broadcastable(Tensor perChannel, int rank) {
        int[] shape = new int[rank];
        Arrays.fill(shape, 1);
        shape[1] = (int) perChannel.numel();
        return perChannel.reshape(shape);
    }

    @Override
    protected String extraRepr() {
        return numFeatures + ", eps=" + eps + ", momentum=" + momentum;
    }
}
