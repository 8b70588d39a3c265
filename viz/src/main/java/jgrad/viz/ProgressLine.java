package jgrad.viz;

import java.util.Locale;

/** "step 120/500 · 35.2 steps/s · ETA 10.8 s": a text progress line that needs no widgets. */
final class ProgressLine {
    private ProgressLine() {
    }

    static String format(long step, int epoch, long done, long total, double elapsedSeconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("step ").append(step);
        if (epoch > 0) {
            sb.append(" · epoch ").append(epoch);
        }
        if (total > 0) {
            sb.append(" · ").append(done).append('/').append(total);
            double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
            if (rate > 0) {
                sb.append(String.format(Locale.ROOT, " · %.1f it/s · ETA %s", rate, duration((total - done) / rate)));
            }
        } else if (step > 0 && elapsedSeconds > 0) {
            sb.append(String.format(Locale.ROOT, " · %.1f steps/s", step / elapsedSeconds));
        }
        sb.append(" · elapsed ").append(duration(elapsedSeconds));
        return sb.toString();
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }
}
