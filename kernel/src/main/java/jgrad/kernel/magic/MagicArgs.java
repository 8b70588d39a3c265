package jgrad.kernel.magic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one argument parser of the jgrad magics: positional arguments, boolean flags
 * ({@code --log-y}) and options with a value ({@code --every 10}). The spec is a usage line such as
 * {@code "%%track [--every N] [--grads MODEL] [--log-y] [--smooth A]"}: an option followed by an
 * upper-case word takes a value, others are flags. Errors are {@link MagicUsageException}s that
 * quote the usage. A last positional written {@code EXPR...} takes the rest of the line, so Java
 * expressions with spaces need no quotes ({@code %acthist model Tensor.randn(8, 3)}).
 */
public final class MagicArgs {
    private final String usage;
    private final List<String> positional;
    private final Map<String, String> values;
    private final Set<String> flags;

    private MagicArgs(String usage, List<String> positional, Map<String, String> values, Set<String> flags) {
        this.usage = usage;
        this.positional = positional;
        this.values = values;
        this.flags = flags;
    }

    /** True if the arguments ask for help. */
    public static boolean wantsHelp(List<String> raw) {
        return raw.contains("--help") || raw.contains("-h");
    }

    /** Parses raw against the usage line; minPositional..maxPositional bare arguments. */
    public static MagicArgs parse(String usage, List<String> raw, int minPositional, int maxPositional) {
        Set<String> takesValue = new HashSet<>();
        Set<String> known = new HashSet<>();
        String[] words = usage.replace("[", " ").replace("]", " ").replace("|", " ").trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("--")) {
                known.add(words[i]);
                if (i + 1 < words.length && words[i + 1].matches("[A-Z][A-Z0-9_]*")) {
                    takesValue.add(words[i]);
                }
            }
        }
        List<String> positional = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (!a.startsWith("--")) {
                positional.add(a);
            } else if (!known.contains(a)) {
                throw error(usage, "unknown option " + a);
            } else if (takesValue.contains(a)) {
                if (i + 1 >= raw.size()) {
                    throw error(usage, a + " needs a value");
                }
                values.put(a, raw.get(++i));
            } else {
                flags.add(a);
            }
        }
        if (usage.contains("...") && positional.size() > maxPositional) {
            List<String> rest = positional.subList(maxPositional - 1, positional.size());
            String joined = String.join(" ", rest);
            rest.clear();
            positional.add(joined);
        }
        if (positional.size() < minPositional) {
            throw error(usage, "missing argument");
        }
        if (positional.size() > maxPositional) {
            throw error(usage, "unexpected argument '" + positional.get(maxPositional) + "'");
        }
        return new MagicArgs(usage, positional, values, flags);
    }

    public List<String> positional() {
        return positional;
    }

    public String positional(int i) {
        return positional.get(i);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public String option(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int intOption(String name, int fallback) {
        return number(name, fallback, Integer::parseInt, "an integer");
    }

    public double doubleOption(String name, double fallback) {
        return number(name, fallback, Double::parseDouble, "a number");
    }

    private <T> T number(String name, T fallback, java.util.function.Function<String, T> parse, String what) {
        String v = values.get(name);
        try {
            return v == null ? fallback : parse.apply(v);
        } catch (NumberFormatException e) {
            throw error(name + " needs " + what + ", got '" + v + "'");
        }
    }

    /** A usage error for this magic, e.g. a value out of range. */
    public MagicUsageException error(String problem) {
        return error(usage, problem);
    }

    static MagicUsageException error(String usage, String problem) {
        String name = usage.split("\\s+", 2)[0];
        return new MagicUsageException(name + ": " + problem + ". Usage: " + usage);
    }
}
