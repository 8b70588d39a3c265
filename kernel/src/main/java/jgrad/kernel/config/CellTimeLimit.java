package jgrad.kernel.config;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A per-cell time limit as written in {@code JGRAD_TIMEOUT}: "30s", "5m", "1h", "500ms", or seconds ("90"). */
public final class CellTimeLimit {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    private CellTimeLimit() {
    }

    /** The limit, or empty for none ("0"); throws naming the value if it is not a duration. */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 30s, 5m, 1h, 500ms, or seconds)");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = amount * switch (unit) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m", "min" -> 60_000;
            default -> 3_600_000;
        };
        return millis < 1 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(millis)));
    }

    /** "2s", "1m 30s", "250ms": how messages name a limit. */
    public static String format(Duration limit) {
        long ms = limit.toMillis();
        if (ms < 1_000 || ms % 1_000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1_000;
        if (s < 60) {
            return s + "s";
        }
        return s % 60 == 0 ? s / 60 + "m" : s / 60 + "m " + s % 60 + "s";
    }
}
