package jgrad.kernel.protocol;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPython's pager syntax, {@code ?name} or {@code name?}: shows the documentation of a Java symbol
 * in the pager (an execute_reply "page" payload). Neither form is valid Java, so nothing clashes.
 */
final class PageRequest {
    private static final Pattern FORM = Pattern.compile("\\A\\s*(?:\\?\\s*([\\w.$]+)|([\\w.$]+)\\s*\\?)\\s*\\z");

    private PageRequest() {
    }

    /** The symbol to document, when the whole cell is a page request. */
    static Optional<String> target(String code) {
        Matcher m = FORM.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
