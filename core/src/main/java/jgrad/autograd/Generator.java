package jgrad.autograd;

import java.util.Random;

/**
 * A random number generator whose state can be read and restored (PyTorch's {@code torch.Generator} with
 * {@code get_state}/{@code set_state}): the tensor factories' global one is {@link Tensor#defaultGenerator()},
 * and a DataLoader shuffles with its own. It is java.util.Random's documented algorithm (48-bit linear
 * congruential, polar-method Gaussians) with the state kept in plain fields, so a seed gives exactly the values
 * {@code new Random(seed)} gives.
 */
public final class Generator extends Random {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    /** A snapshot of a generator's state; give it back to {@link #setState} to replay from that point. */
    public record State(long seed, boolean haveSpareGaussian, double spareGaussian) { }

    // No field initialisers: Random's constructor calls setSeed before they would run.
    private long seed;
    private boolean haveSpare;
    private double spare;

    /** Seeded from the clock, like {@code new Random()}. */
    public Generator() {
        this(System.nanoTime() ^ 0x2545F4914F6CDD1DL);
    }

    /**
     * A generator that starts from {@code seed}: the same seed gives the same values
     * (torch.Generator().manual_seed(seed)).
     */
    public Generator(long seed) {
        super(seed);
    }

    /** Restarts the sequence from {@code seed} (torch.manual_seed). */
    @Override
    public synchronized void setSeed(long seed) {
        this.seed = (seed ^ MULTIPLIER) & MASK;
        this.haveSpare = false;
    }

    /** A snapshot of where the sequence stands (torch's get_state()); {@link #setState} replays from it. */
    public synchronized State getState() { return new State(seed, haveSpare, spare); }

    /**
     * Puts the generator back to a snapshot from {@link #getState()}, so the values that followed it come again
     * (torch's set_state()).
     */
    public synchronized void setState(State state) {
        seed = state.seed() & MASK;
        haveSpare = state.haveSpareGaussian();
        spare = state.spareGaussian();
    }

    @Override
    protected synchronized int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    @Override
    public synchronized double nextGaussian() {
        if (haveSpare) {
            haveSpare = false;
            return spare;
        }
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v2 * multiplier;
        haveSpare = true;
        return v1 * multiplier;
    }
}
