package jgrad.kernel.eval;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * Keeps the values of variables whose declarations JShell recompiled because something they use was
 * declared again (a model cell run again with another model, a redefined method or class). JShell
 * recompiles such a declaration into a new wrapper class, whose field starts at null or 0, and does not
 * run its initializer again; in Python the variable keeps its value until it is assigned, and so it does
 * here: the old wrapper class is still loaded and its field still holds the value, which is copied into the
 * new field where the new type still holds it. Otherwise the variable is reset, and is remembered with the
 * reason until it holds a value again. Only the variables that JShell recompiled cost work. A variable that a
 * rejected declaration replaced, declared again by {@link RejectedDeclarations}, keeps its value the same way.
 */
final class KeptVariables {
    private final JShell shell;
    private final ValueCapturingEngine engine;
    /** Where each variable with a value keeps it: identity keys, as JShell's snippets are. */
    private final Map<VarSnippet, Field> fields = new HashMap<>();
    private final Map<VarSnippet, String> resets = new HashMap<>();
    /** Variables declared anew since the last {@link #update}: where they kept their values, and why not. */
    private final Map<Snippet, Replaced> overwritten = new HashMap<>();

    private record Replaced(Field field, String reset) {
    }

    KeptVariables(JShell shell, ValueCapturingEngine engine) {
        this.shell = shell;
        this.engine = engine;
        // A variable declared again, or dropped, is gone, whichever call made it go.
        shell.onSnippetEvent(e -> {
            if (!e.status().isActive()) {
                forget(e.snippet(), e.status() == Snippet.Status.OVERWRITTEN);
            }
        });
    }

    private synchronized void forget(Snippet snippet, boolean declaredAnew) {
        Field field = fields.remove(snippet);
        String reset = resets.remove(snippet);
        if (declaredAnew && (field != null || reset != null)) {
            overwritten.put(snippet, new Replaced(field, reset));
        }
    }

    /**
     * Takes the events of one {@code shell.eval}, followed by those of declaring again what it replaced
     * ({@code declaredAgain}: each declaration made again, and the one it stands for): notes where new variables
     * keep their values, and carries the values of recompiled ones over. Returns the variables that lost their
     * values.
     */
    synchronized List<VarSnippet> update(List<SnippetEvent> events, Map<Snippet, Snippet> declaredAgain) {
        Set<String> redeclaredTypes = new HashSet<>();
        for (SnippetEvent e : events) {
            if (e.snippet() instanceof TypeDeclSnippet t && e.status().isActive()) {
                redeclaredTypes.add(t.name());
            }
        }
        Map<VarSnippet, String> lost = new LinkedHashMap<>();
        // Fields of variables that stopped compiling in these events: declaring again may make them compile again.
        Map<VarSnippet, Field> parked = new HashMap<>();
        for (SnippetEvent e : events) {
            if (!(e.snippet() instanceof VarSnippet v) || !e.status().isActive()) {
                continue;
            }
            Field before = fields.remove(v);
            before = before != null ? before : parked.remove(v);
            Optional<Field> after = e.status() == Snippet.Status.VALID ? engine.fieldOf(shell, v) : Optional.empty();
            after.ifPresent(f -> fields.put(v, f));
            Replaced replaced = overwritten.get(declaredAgain.get(v));
            if (replaced != null) { // declared again: as if recompiled
                before = replaced.field();
                if (replaced.reset() != null) {
                    resets.put(v, replaced.reset());
                }
            } else if (e.causeSnippet() == null) { // the cell's own declaration: its value is the new one
                resets.remove(v);
                lost.remove(v);
                continue;
            }
            if (before == null) {
                continue; // it had no value to keep
            }
            String why;
            if (after.isPresent()) {
                why = carryOver(v, before, after.get());
            } else {
                why = whyUndefined(v, redeclaredTypes);
                parked.put(v, before);
            }
            if (why == null) {
                lost.remove(v);
            } else {
                lost.put(v, why);
            }
        }
        overwritten.clear();
        resets.putAll(lost);
        return List.copyOf(lost.keySet());
    }

    /** Copies the value across; null when kept, else why it was not. */
    private String carryOver(VarSnippet v, Field before, Field after) {
        if (before.equals(after)) {
            return null; // recompiled in place: the value stayed
        }
        try {
            Object value = before.get(null);
            if (!ValueFit.isInitial(after.getType(), after.get(null))) {
                return null; // the cell itself assigned it meanwhile: its value wins
            }
            if (!ValueFit.fits(before.getGenericType(), after.getGenericType(), value)) {
                return ResetReasons.typeChanged(v.typeName());
            }
            after.set(null, value);
            return null;
        } catch (IllegalAccessException | RuntimeException | LinkageError e) {
            return "its value could not be copied: " + e;
        }
    }

    /** Why a variable whose declaration no longer compiles lost its value. */
    private String whyUndefined(VarSnippet v, Set<String> redeclaredTypes) {
        for (String type : redeclaredTypes) {
            if (ResetReasons.names(v.typeName(), type)) {
                return ResetReasons.typeChanged(v.typeName());
            }
        }
        List<String> unresolved = shell.unresolvedDependencies(v).toList();
        if (!unresolved.isEmpty()) {
            return ResetReasons.needs(unresolved);
        }
        return shell.diagnostics(v).filter(Diag::isError).findFirst()
                .map(d -> ResetReasons.noLongerCompiles(d.getMessage(null)))
                .orElse("its declaration no longer compiles");
    }

    /**
     * Why the variable lost its value, while it has not got one again: it is not declared anew, and holds
     * its type's initial value (a variable the user assigned since is not reset any more).
     */
    synchronized Optional<String> resetReason(VarSnippet v) {
        String why = resets.get(v);
        if (why == null) {
            return Optional.empty();
        }
        Field field = fields.get(v);
        try {
            if (field != null && !ValueFit.isInitial(field.getType(), field.get(null))) {
                resets.remove(v);
                return Optional.empty();
            }
        } catch (IllegalAccessException | RuntimeException | LinkageError e) {
            return Optional.of(why);
        }
        return Optional.of(why);
    }

    /**
     * The user's variables that hold values now, by name, with their declared types, read from the fields
     * that keep them: no snippet is compiled and JShell is not asked, so any thread may call this while a cell
     * runs (e.g. a debugger's Variables panel).
     */
    synchronized List<VariableValue> snapshot() {
        List<VariableValue> out = new ArrayList<>();
        for (Map.Entry<VarSnippet, Field> e : fields.entrySet()) {
            VarSnippet v = e.getKey();
            if (v.name().startsWith("$")) {
                continue; // JShell's $N temporaries are not the user's variables
            }
            try {
                out.add(new VariableValue(v.name(), v.typeName(), e.getValue().get(null)));
            } catch (IllegalAccessException | RuntimeException | LinkageError unreadable) {
                // a class that failed to load: not shown
            }
        }
        out.sort(java.util.Comparator.comparing(VariableValue::name));
        return out;
    }

    /** The note naming those of {@code lost} that are still reset (a later snippet may have declared one again). */
    Optional<String> note(List<VarSnippet> lost) {
        List<ResetNote.Reset> still = new ArrayList<>();
        for (VarSnippet v : lost) {
            if (!v.name().startsWith("$")) { // JShell's $N temporaries are not the user's variables
                resetReason(v).ifPresent(why -> still.add(new ResetNote.Reset(v.name(), why)));
            }
        }
        return ResetNote.line(still);
    }
}
