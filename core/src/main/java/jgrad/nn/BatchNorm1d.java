package jgrad.nn;

/** Batch normalisation of (N, C) or (N, C, L) inputs per channel C; see {@link BatchNorm}. */
public final class BatchNorm1d extends BatchNorm {
    /**
     * torch.nn.BatchNorm1d(numFeatures): normalises each of the C = numFeatures channels of (N, C) or (N, C, L) inputs;
     * eps 1e-5, momentum 0.1.
     */
    public BatchNorm1d(int numFeatures) {
        this(numFeatures, 1e-5, 0.1);
    }

    /** torch.nn.BatchNorm1d(numFeatures, eps, momentum). */
    public BatchNorm1d(int numFeatures, double eps, double momentum) {
        super(numFeatures, eps, momentum);
    }

    @Override
    protected boolean acceptsRank(int rank) {
        return rank == 2 || rank == 3;
    }

    @Override
    protected String expectedShape() {
        return "(N, C) or (N, C, L)";
    }
}
