package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The one line a cell prints when variables of other cells lost their values because of it. */
final class ResetNote {
    /** At most this many variables are named; %vars lists the rest. */
    static final int NAMED = 5;

    /** A variable that lost its value, and why, in words that follow "was reset (". */
    record Reset(String name, String reason) {
    }

    private ResetNote() {
    }

    /** {@code note: o2 was reset (its type Foo changed); run the cell that computes it again}; empty if none. */
    static Optional<String> line(List<Reset> resets) {
        if (resets.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Reset r : resets.subList(0, Math.min(NAMED, resets.size()))) {
            parts.add(r.name() + " was reset (" + r.reason() + ")");
        }
        if (resets.size() > NAMED) {
            parts.add("and " + (resets.size() - NAMED) + " more (see %vars)");
        }
        String again = resets.size() == 1 ? "run the cell that computes it again" : "run the cells that compute them again";
        return Optional.of("note: " + String.join("; ", parts) + "; " + again);
    }
}
