package jgrad.kernel.eval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the PyTorch hint table (pytorch-hints.tsv): an example of the habit ({@code guess}), its jgrad
 * spelling ({@code jgrad}, "-" when there is no single one), the compiler message it causes ({@code error},
 * null for any), the code on the error's line ({@code code}, null for any; with « » around the part the error
 * points at when the pattern names it) and the hint to print, whose {@code ${name}} placeholders take the
 * patterns' named groups and the values {@link HintFacts} derives from them. A placeholder may rewrite its value:
 * {@code ${args/regex/replacement}}, as {@link String#replaceAll} does ({@code $1} is the regex's first group); more
 * regex/replacement pairs may follow.
 */
record HintRule(String guess, String jgrad, Pattern error, Pattern code, String hint) {
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)((?:/[^/}]*/[^/}]*)*)}");

    /** The hint this row gives for {@code e}, without the "hint: " prefix; empty when the row does not apply. */
    Optional<String> apply(CompileError e, HintFacts facts) {
        Map<String, String> values = new HashMap<>();
        if (!matches(error, e.message(), values)) {
            return Optional.empty();
        }
        if (!matches(code, code != null && code.pattern().indexOf(CompileError.OPEN) >= 0 ? e.markedLine() : e.line(),
                values)) {
            return Optional.empty();
        }
        if (!values.values().stream().allMatch(HintRule::balanced)) {
            return Optional.empty(); // the pattern split code in the wrong place: no hint beats a wrong one
        }
        return facts.derive(values).flatMap(this::render);
    }

    /** True if {@code text} could be this row's hint, whatever its placeholders hold. */
    boolean couldHaveWritten(String text) {
        StringBuilder regex = new StringBuilder();
        int last = 0;
        Matcher m = PLACEHOLDER.matcher(hint);
        while (m.find()) {
            regex.append(Pattern.quote(hint.substring(last, m.start()))).append(".*");
            last = m.end();
        }
        regex.append(Pattern.quote(hint.substring(last)));
        return text.matches(regex.toString());
    }

    private static boolean matches(Pattern pattern, String text, Map<String, String> values) {
        if (pattern == null) {
            return true;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return false;
        }
        for (String name : groupNames(pattern)) {
            values.put(name, m.group(name) == null ? "" : m.group(name));
        }
        return true;
    }

    private static Set<String> groupNames(Pattern pattern) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = GROUP.matcher(pattern.pattern());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private Optional<String> render(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(hint);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                return Optional.empty(); // a fact the row needs does not hold
            }
            String[] edits = m.group(2).isEmpty() ? new String[0] : m.group(2).substring(1).split("/", -1);
            for (int i = 0; i + 1 < edits.length; i += 2) {
                value = value.replaceAll(edits[i], edits[i + 1]);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /** True if every bracket in {@code code} outside string literals closes in order. */
    static boolean balanced(String code) {
        StringBuilder open = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if ("([{".indexOf(c) >= 0) {
                open.append(c);
            } else if (")]}".indexOf(c) >= 0) {
                if (open.length() == 0 || "([{".indexOf(open.charAt(open.length() - 1)) != ")]}".indexOf(c)) {
                    return false;
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.length() == 0 && quote == 0;
    }
}
