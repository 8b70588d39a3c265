package jgrad.kernel.eval;

import java.util.List;

/** The pager text of a {@code ?name} search in the API ({@link ApiCatalog#named}): signatures with their javadoc. */
final class ApiSearchText {
    /** More than this many matches say how many more there are instead. */
    static final int MAX_SHOWN = 12;

    private ApiSearchText() {
    }

    /** The matches for {@code name}, or "" when there are none. */
    static String format(String name, List<ApiCatalog.Entry> matches) {
        if (matches.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(name).append(" is not a name in scope here; jgrad's API has ")
                .append(matches.size() == 1 ? "this:" : "these " + matches.size() + ":");
        for (ApiCatalog.Entry e : matches.subList(0, Math.min(MAX_SHOWN, matches.size()))) {
            out.append("\n\n").append(e.signature());
            String doc = JavadocText.format(e.javadoc());
            if (!doc.isEmpty()) {
                out.append('\n').append(doc);
            }
        }
        if (matches.size() > MAX_SHOWN) {
            out.append("\n\n... and ").append(matches.size() - MAX_SHOWN).append(" more.");
        }
        return out.toString();
    }
}
