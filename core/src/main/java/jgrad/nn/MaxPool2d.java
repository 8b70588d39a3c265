package jgrad.nn;

/** Largest value of each k×k window; the gradient flows to that element only. Stride defaults to k. */
public final class MaxPool2d extends Pool2d {
    /**
     * torch.nn.MaxPool2d(kernel): the largest value of each kernel×kernel window of [N, C, H, W], windows not
     * overlapping (stride = kernel).
     */
    public MaxPool2d(int kernel) {
        this(kernel, kernel);
    }

    /**
     * torch.nn.MaxPool2d(kernel, stride): the largest value of each kernel×kernel window, windows {@code stride} apart.
     */
    public MaxPool2d(int kernel, int stride) {
        super(kernel, stride);
    }

    @Override
    boolean takesMax() {
        return true;
    }
}
