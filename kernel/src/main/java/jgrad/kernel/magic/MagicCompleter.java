package jgrad.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Tab completion on a magic line: the magic's name ({@code %gradf} to {@code %gradflow}), its
 * options from the usage line ({@code --gr} to {@code --grads}), and Java names for its other
 * arguments (a model or tensor variable), which the given Java completer supplies.
 */
public final class MagicCompleter {
    /** Candidates and the span of the code they replace. */
    public record Completion(List<String> matches, int start, int end) {
    }

    /** "%name" or "%%name" to its usage line. */
    private final Map<String, String> usages = new TreeMap<>();

    void add(MagicCommand c) {
        usages.put((c.isCell() ? "%%" : "%") + c.name(), c.usage());
    }

    /**
     * Completions when the cursor is on a line that starts with a magic, else empty (Java completes).
     * java completes a Java expression at a position and says where its replacement starts.
     */
    public Optional<Completion> complete(String code, int cursor, BiFunction<String, Integer, Completion> java) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int lineStart = code.lastIndexOf('\n', at - 1) + 1;
        String line = code.substring(lineStart, at);
        String trimmed = line.stripLeading();
        if (!trimmed.startsWith("%")) {
            return Optional.empty();
        }
        int wordStart = at;
        while (wordStart > lineStart && !Character.isWhitespace(code.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = code.substring(wordStart, at);
        int nameStart = lineStart + (line.length() - trimmed.length());
        if (wordStart == nameStart) { // still typing the magic's name
            List<String> names = new ArrayList<>();
            usages.keySet().stream().filter(n -> n.startsWith(word) && !(word.startsWith("%%") && !n.startsWith("%%")))
                    .forEach(names::add);
            return Optional.of(new Completion(names, wordStart, at));
        }
        String name = trimmed.split("\\s+", 2)[0];
        String usage = usages.get(name);
        if (usage == null) {
            return Optional.of(new Completion(List.of(), wordStart, at));
        }
        if (word.startsWith("-")) {
            List<String> options = new ArrayList<>();
            for (String token : usage.replace("[", " ").replace("]", " ").replace("|", " ").split("\\s+")) {
                if (token.startsWith("--") && token.startsWith(word) && !options.contains(token)) {
                    options.add(token);
                }
            }
            if ("--help".startsWith(word)) {
                options.add("--help");
            }
            return Optional.of(new Completion(options, wordStart, at));
        }
        // an argument: a Java name such as a model or tensor variable
        Completion names = java.apply(word, word.length());
        return Optional.of(new Completion(names.matches(), wordStart + names.start(), at));
    }
}
