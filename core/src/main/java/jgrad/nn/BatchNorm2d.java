package jgrad.nn;

/** Batch normalisation of (N, C, H, W) inputs per channel C; see {@link BatchNorm}. */
public final class BatchNorm2d extends BatchNorm {
    /**
     * torch.nn.BatchNorm2d(numFeatures): normalises each of the C = numFeatures channels of (N, C, H, W) inputs; eps
     * 1e-5, momentum 0.1.
     */
    public BatchNorm2d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1);
    }

    /** torch.nn.BatchNorm2d(numFeatures, eps, momentum). */
    public BatchNorm2d(int numFeatures, double eps, double momentum) {
        super(numFeatures, eps, momentum);
    }

    @Override
    protected boolean acceptsRank(int rank) {
        return rank == 4;
    }

    @Override
    protected String expectedShape() {
        return "(N, C, H, W)";
    }
}
