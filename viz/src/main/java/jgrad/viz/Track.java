package jgrad.viz;

/**
 * The functions a {@code %%track} cell calls — {@code log("loss", v)}, {@code step()},
 * {@code epoch()}, {@code progress(i, n)} — statically imported into every kernel session.
 * They forward to the tracker the magic made active for the duration of the cell.
 */
public final class Track {
    private static volatile Tracker active;

    private Track() {
    }

    /** Makes t receive the cell's calls (null to end); returns the previous one. */
    public static Tracker activate(Tracker t) {
        Tracker previous = active;
        active = t;
        return previous;
    }

    public static void log(String name, double value) {
        active().log(name, value);
    }

    public static void step() {
        active().step();
    }

    public static void epoch() {
        active().epoch();
    }

    public static void progress(long i, long n) {
        active().progress(i, n);
    }

    private static Tracker active() {
        Tracker t = active;
        if (t == null) {
            throw new IllegalStateException(
                    "log/step/epoch/progress work inside a %%track cell; elsewhere use new Tracker(...)");
        }
        return t;
    }
}
