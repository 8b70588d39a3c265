package jgrad.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PyTorch hint table, read from {@code pytorch-hints.tsv} next to this class: one {@link HintRule} per row,
 * tried in order, and the setup cell that defines the variables its examples use. The README's "Coming from
 * PyTorch" hint table is made from it (PyTorchHintTableTest checks that they agree).
 */
final class HintTable {
    private static final String RESOURCE = "pytorch-hints.tsv";
    private static final Pattern MACRO = Pattern.compile("%([A-Z]+)%");

    /** The table's rows in order. */
    final List<HintRule> rules;
    /** A cell that defines what the rows' examples use (model, x, loader, ...). */
    final String setup;

    private HintTable(List<HintRule> rules, String setup) {
        this.rules = List.copyOf(rules);
        this.setup = setup;
    }

    private static final class Holder {
        static final HintTable TABLE = read();
    }

    /** The table shipped with the kernel. */
    static HintTable get() {
        return Holder.TABLE;
    }

    private static HintTable read() {
        try (InputStream in = HintTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the kernel's jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the table: lines of five tab-separated columns (guess, jgrad, error, code, hint); "#" starts a
     * comment line, "@setup CODE" gives the setup cell, "@define NAME REGEX" a regex that %NAME% stands for in
     * the error and code columns. "*" in the error column and an empty code column match anything; "\n" in the
     * guess and jgrad columns is a line break.
     */
    static HintTable parse(String text) {
        List<HintRule> rules = new ArrayList<>();
        Map<String, String> macros = new HashMap<>();
        String setup = "";
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@setup ")) {
                setup = line.substring("@setup ".length()).strip();
                continue;
            }
            if (line.startsWith("@define ")) {
                String[] parts = line.substring("@define ".length()).split(" ", 2);
                macros.put(parts[0], parts[1]);
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 5) {
                throw new IllegalArgumentException(RESOURCE + " line " + number + ": expected 5 tab-separated columns, got "
                        + cols.length);
            }
            rules.add(new HintRule(cols[0].replace("\\n", "\n"), cols[1].replace("\\n", "\n"),
                    cols[2].equals("*") ? null : Pattern.compile(expand(cols[2], macros)),
                    cols[3].isEmpty() ? null : Pattern.compile(expand(cols[3], macros)), cols[4]));
        }
        return new HintTable(rules, setup);
    }

    private static String expand(String regex, Map<String, String> macros) {
        Matcher m = MACRO.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                throw new IllegalArgumentException(RESOURCE + ": %" + m.group(1) + "% is not defined");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        m.appendTail(out);
        return out.toString();
    }
}
