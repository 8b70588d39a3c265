package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * A declaration that does not compile still replaces, in JShell, what was declared before under its name: after
 * a rejected {@code int x = "bad";} there is no {@code x} (JShell marks the old one OVERWRITTEN), after a rejected
 * {@code int f()} or {@code class Foo} no f or Foo, and what uses them stops working. Here a cell that does not
 * compile takes nothing away: the declaration it replaced is declared again from its own source, without running
 * it, so a variable keeps the value its class still holds ({@link KeptVariables} carries it over where JShell
 * makes a new class for it).
 */
final class RejectedDeclarations {
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final ValueCapturingEngine engine;

    /** The events of declaring again, and, for each declaration made again, the one it stands for. */
    record Restored(List<SnippetEvent> events, Map<Snippet, Snippet> declaredAgain) {
    }

    RejectedDeclarations(JShell shell, SourceCodeAnalysis analysis, ValueCapturingEngine engine) {
        this.shell = shell;
        this.analysis = analysis;
        this.engine = engine;
    }

    /** Declares again what the rejected declarations among the events of one {@code shell.eval} replaced. */
    Restored restore(List<SnippetEvent> events) {
        List<Snippet> replaced = new ArrayList<>();
        for (SnippetEvent e : events) {
            if (e.status() == Snippet.Status.OVERWRITTEN && e.previousStatus().isActive() && e.causeSnippet() != null
                    && shell.status(e.causeSnippet()) == Snippet.Status.REJECTED) {
                replaced.add(e.snippet());
            }
        }
        List<SnippetEvent> again = new ArrayList<>();
        Map<Snippet, Snippet> declaredAgain = new IdentityHashMap<>();
        for (Snippet old : replaced) {
            for (SnippetEvent e : engine.declareOnly(() -> shell.eval(sourceOf(old)))) {
                again.add(e);
                if (e.causeSnippet() == null && e.status().isActive()) { // the others are its users, recompiled
                    declaredAgain.put(e.snippet(), old);
                }
            }
        }
        return new Restored(again, declaredAgain);
    }

    /**
     * The old declaration's source; a variable declared together with others ({@code int a = 1, b = 2;}) is
     * declared alone, by its type, as the others may have been declared anew since.
     */
    private String sourceOf(Snippet old) {
        if (old instanceof VarSnippet v && analysis.wrappers(old.source()).size() > 1) {
            return v.typeName() + " " + v.name() + ";";
        }
        return old.source();
    }
}
