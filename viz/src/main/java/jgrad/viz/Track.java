package jgrad.viz;

/**
 * The functions a {@code %%track} cell calls — {@code log("loss", v)}, {@code step()},
 * {@code epoch()}, {@code progress(i, n)} — statically imported into every kernel session.
 * They forward to the tracker the magic made active for the duration of the cell; outside one,
 * {@code progress(i, n)} prints a text progress line instead.
 */
public final class Track {
    private static volatile Tracker active;
    private static final TextProgress TEXT = new TextProgress(() -> System.out, System::nanoTime);

    private Track() {
    }

    /** Makes t receive the cell's calls (null to end); returns the previous one. */
    public static Tracker activate(Tracker t) {
        Tracker previous = active;
        active = t;
        return previous;
    }

    /**
     * In a {@code %%track} cell: records {@code value} for the metric {@code name} (e.g. "loss", "val_acc"), plotted
     * live.
     */
    public static void log(String name, double value) {
        active().log(name, value);
    }

    /** In a {@code %%track} cell: ends a training step (the x axis of the curves). */
    public static void step() {
        active().step();
    }

    /** In a {@code %%track} cell: marks the end of an epoch. */
    public static void epoch() {
        active().epoch();
    }

    /**
     * Reports i of n iterations done: inside {@code %%track} for the live chart's rate and ETA; elsewhere as a
     * text line on standard output ("37/100 · 12.3 it/s · ETA 5.1 s · elapsed 3.0 s") rewritten in place
     * a few times a second, ended when i reaches n.
     */
    public static void progress(long i, long n) {
        Tracker t = active;
        if (t == null) {
            TEXT.report(i, n);
        } else {
            t.progress(i, n);
        }
    }

    private static Tracker active() {
        Tracker t = active;
        if (t == null) {
            throw new IllegalStateException(
                    "log/step/epoch work inside a %%track cell; elsewhere use new Tracker(...)");
        }
        return t;
    }
}
