package jgrad.nn;

/** Mean of each k×k window. Stride defaults to k. */
public final class AvgPool2d extends Pool2d {
    /**
     * torch.nn.AvgPool2d(kernel): the mean of each kernel×kernel window of [N, C, H, W], windows not overlapping
     * (stride = kernel).
     */
    public AvgPool2d(int kernel) {
        this(kernel, kernel);
    }

    /** torch.nn.AvgPool2d(kernel, stride): the mean of each kernel×kernel window, windows {@code stride} apart. */
    public AvgPool2d(int kernel, int stride) {
        super(kernel, stride);
    }

    @Override
    boolean takesMax() {
        return false;
    }
}
