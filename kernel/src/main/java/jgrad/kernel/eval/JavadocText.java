package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A javadoc comment as plain text for a tooltip or the pager: inline tags ({@code {@code x}},
 * {@code {@link A#b label}}) become their text, HTML becomes line breaks and bullets, and the block
 * tags become "Parameters:", "Returns:" and "Throws:" sections, as in an IDE's quick documentation.
 */
final class JavadocText {
    private static final Pattern INLINE = Pattern.compile("\\{@(code|literal|linkplain|link|value|inheritDoc)\\s*([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)\\s*");
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("param", "Parameters:");
        SECTIONS.put("return", "Returns:");
        SECTIONS.put("throws", "Throws:");
        SECTIONS.put("exception", "Throws:");
        SECTIONS.put("see", "See also:");
    }

    private JavadocText() {
    }

    static String format(String javadoc) {
        if (javadoc == null || javadoc.isBlank()) {
            return "";
        }
        String text = inline(javadoc);
        Matcher m = BLOCK_TAG.matcher(text);
        String main = text;
        List<String[]> tags = new ArrayList<>();
        if (m.find()) {
            main = text.substring(0, m.start());
            String tag = m.group(1);
            int bodyStart = m.end();
            while (m.find()) {
                tags.add(new String[] {tag, text.substring(bodyStart, m.start())});
                tag = m.group(1);
                bodyStart = m.end();
            }
            tags.add(new String[] {tag, text.substring(bodyStart)});
        }
        StringBuilder out = new StringBuilder(html(main).strip());
        for (String section : new java.util.LinkedHashSet<>(SECTIONS.values())) {
            List<String> items = new ArrayList<>();
            for (String[] t : tags) {
                if (section.equals(SECTIONS.get(t[0]))) {
                    String body = html(t[1]).strip().replaceAll("\\s+", " ");
                    if (t[0].equals("see")) {
                        body = body.replaceFirst("^#", "").replace('#', '.');
                    }
                    if (t[0].equals("param") || t[0].equals("throws") || t[0].equals("exception")) {
                        String[] nameAndText = body.split(" ", 2);
                        body = nameAndText[0] + (nameAndText.length > 1 ? " - " + nameAndText[1] : "");
                    }
                    items.add(body);
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            out.append("\n\n").append(section);
            if (section.equals("Returns:") && items.size() == 1) {
                out.append(' ').append(items.get(0));
            } else {
                items.forEach(i -> out.append("\n  ").append(i));
            }
        }
        return out.toString().strip();
    }

    /** {@code {@code x}} and friends to their text; links to their label or target ("Tensor.zeros(int...)"). */
    private static String inline(String s) {
        Matcher m = INLINE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String body = m.group(2).strip();
            String text;
            if (kind.startsWith("link")) {
                String[] targetAndLabel = body.split("\\s+", 2);
                text = targetAndLabel.length > 1 ? targetAndLabel[1] : targetAndLabel[0].replaceFirst("^#", "").replace('#', '.');
            } else if (kind.equals("inheritDoc")) {
                text = "";
            } else {
                text = body;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Paragraphs, breaks and list items to text; other tags dropped; entities decoded; spaces folded. */
    private static String html(String s) {
        String t = s.replaceAll("(?i)<p\\s*/?>|</p>", "\n\n")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li>", "\n  - ")
                .replaceAll("(?i)</?(ul|ol|pre|blockquote|table|tr)[^>]*>", "\n")
                .replaceAll("<[^>]+>", "");
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (String paragraph : t.split("\n\\s*\n")) {
            String folded = String.join("\n", paragraph.lines().map(l -> l.strip().replaceAll("\\s+", " "))
                    .filter(l -> !l.isEmpty()).toList());
            if (!folded.isEmpty()) {
                out.append(out.length() > 0 ? "\n\n" : "").append(joinLines(folded));
            }
        }
        return out.toString().replace("\n\n  - ", "\n  - "); // list items one under the other
    }

    /** Lines of one paragraph run together, except list items, which keep their own lines. */
    private static String joinLines(String paragraph) {
        StringBuilder sb = new StringBuilder();
        for (String line : paragraph.split("\n")) {
            if (sb.length() > 0) {
                sb.append(line.startsWith("- ") ? "\n  " : " ");
            } else if (line.startsWith("- ")) {
                sb.append("  ");
            }
            sb.append(line);
        }
        return sb.toString();
    }
}
