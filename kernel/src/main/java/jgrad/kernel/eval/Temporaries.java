package jgrad.kernel.eval;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;

/**
 * JShell's {@code $N} temporaries, the variables it makes for every cell that ends with an expression.
 * Each one stays imported into every later snippet, and JShell compiles a cell's snippet about three
 * times, so a session's thousandth {@code 1 + 1} cost several times its first. As IPython bounds its
 * output cache, only the latest {@value #KEPT} temporaries stay defined; an older one is dropped
 * unless a cell has named it (so code built on {@code $5} keeps working).
 */
final class Temporaries {
    static final int KEPT = 50;
    private static final Pattern NAME = Pattern.compile("(?<![\\w$])\\$\\d+(?![\\w$])");

    private final JShell shell;
    private final ArrayDeque<VarSnippet> kept = new ArrayDeque<>();
    private final Set<String> named = new HashSet<>();

    Temporaries(JShell shell) {
        this.shell = shell;
    }

    /** A cell's source: the temporaries it names are never dropped. */
    void noteSource(String source) {
        if (source.indexOf('$') < 0) {
            return;
        }
        Matcher m = NAME.matcher(source);
        while (m.find()) {
            named.add(m.group());
        }
    }

    /** A snippet that JShell created; a new temporary may push the oldest one out. */
    void created(Snippet snippet) {
        if (!(snippet instanceof VarSnippet temp) || snippet.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            return;
        }
        kept.addLast(temp);
        while (kept.size() > KEPT) {
            VarSnippet oldest = kept.removeFirst();
            if (!named.contains(oldest.name()) && shell.status(oldest).isActive()) {
                shell.drop(oldest);
            }
        }
    }
}
