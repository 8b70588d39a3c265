package jgrad.nn;

/** max(x, 0) + slope·min(x, 0), written as relu(x) − slope·relu(−x) so it reuses the relu op. */
public final class LeakyReLU extends Activation {
    /** torch.nn.LeakyReLU(): x for x > 0, 0.01·x otherwise. */
    public LeakyReLU() {
        this(0.01);
    }

    /** torch.nn.LeakyReLU(negative_slope): x for x > 0, slope·x otherwise. */
    public LeakyReLU(double slope) {
        super(x -> x.relu().sub(x.neg().relu().mul(slope)));
    }
}
