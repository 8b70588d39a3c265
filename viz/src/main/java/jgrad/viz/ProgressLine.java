package jgrad.viz;

import java.util.Locale;

/**
 * "step 120 · epoch 2 · 2/10 · 35.2 steps/s · ETA 10.8 s · elapsed 3.4 s": a text progress line that needs no
 * widgets. The rate counts what its label says: training steps once there are any, else the units of
 * {@code progress(i, n)} ("it/s", as tqdm); the ETA comes from the fraction i/n whatever it counts.
 */
final class ProgressLine {
    private ProgressLine() {
    }

    static String format(long step, int epoch, long done, long total, double elapsedSeconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("step ").append(step);
        if (epoch > 0) {
            sb.append(" · epoch ").append(epoch);
        }
        if (step == 0) { // no steps to count: the rate is that of progress(i, n)
            return sb.append(" · ").append(total > 0 ? counter(done, total, elapsedSeconds > 0 ? done / elapsedSeconds : 0,
                    elapsedSeconds) : "elapsed " + duration(elapsedSeconds)).toString();
        }
        if (total > 0) {
            sb.append(" · ").append(done).append('/').append(total);
        }
        if (elapsedSeconds > 0) {
            sb.append(String.format(Locale.ROOT, " · %.1f steps/s", step / elapsedSeconds));
        }
        return sb.append(eta(done, total, elapsedSeconds)).append(" · elapsed ").append(duration(elapsedSeconds)).toString();
    }

    /** "37/100 · 12.3 it/s · ETA 5.1 s · elapsed 3.0 s", {@code rate} in units of {@code done} per second. */
    static String counter(long done, long total, double rate, double elapsedSeconds) {
        StringBuilder sb = new StringBuilder().append(done).append('/').append(total);
        if (rate > 0 && Double.isFinite(rate)) {
            sb.append(String.format(Locale.ROOT, " · %.1f it/s", rate));
        }
        sb.append(eta(done, total, elapsedSeconds));
        return sb.append(" · elapsed ").append(duration(elapsedSeconds)).toString();
    }

    /** " · ETA 10.8 s" from the fraction done so far, or nothing before there is any. */
    private static String eta(long done, long total, double elapsedSeconds) {
        if (total <= 0 || done <= 0 || done > total || !(elapsedSeconds > 0)) {
            return "";
        }
        return " · ETA " + duration(elapsedSeconds * (total - done) / done);
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }
}
