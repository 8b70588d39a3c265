package jgrad.widgets;

/**
 * A play button that counts its value up from min to max, one step each interval, as ipywidgets' Play; link
 * it to a slider with {@code jslink(play, slider)} to animate.
 */
public final class Play extends BoundedInt<Play> {
    /** A player from 0 to 100, one step each 100 ms. */
    public Play() {
        this(0, 100);
    }

    /** A player from {@code min} to {@code max}. */
    public Play(int min, int max) {
        super("PlayModel", "PlayView", Style.description(), min, max);
        define("disabled", Kind.BOOL, false);
        define("interval", Kind.INT, 100);
        define("playing", Kind.BOOL, false);
        define("repeat", Kind.BOOL, false);
        define("show_repeat", Kind.BOOL, true);
        define("step", Kind.INT, 1);
    }

    /** Sets the milliseconds between steps. */
    public Play interval(int millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("the interval must be a positive number of milliseconds, not " + millis);
        }
        put("interval", millis);
        return this;
    }

    /** Sets the step the value advances by. */
    public Play step(int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive, not " + step);
        }
        put("step", step);
        return this;
    }

    /** True: starts again from min after max. */
    public Play repeat(boolean repeat) {
        put("repeat", repeat);
        return this;
    }

    /** True while it plays (set it to start or stop playing). */
    public Play playing(boolean playing) {
        put("playing", playing);
        return this;
    }
}
