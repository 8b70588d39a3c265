package jgrad.kernel.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jgrad.autograd.Anomaly;
import jgrad.autograd.Tensor;
import jgrad.kernel.config.CellTimeLimit;
import jgrad.kernel.display.ValueStash;

/**
 * Runs Java cells in one JShell session. Cells run in this JVM ("local" execution engine), so the
 * kernel's classpath (autograd, magics) is visible to them and display() reaches the kernel.
 */
public final class CodeEvaluator implements AutoCloseable {
    /** Returned by {@link #eval} when the cell has no trailing expression. */
    public static final Object NO_VALUE = new Object();
    private static final String WARM_UP_COMPLETION = "Tensor.ones(1).";

    private final CellInterrupts interrupts = new CellInterrupts(this::stopUserCode);
    private final ValueCapturingEngine engine = new ValueCapturingEngine(interrupts::stopRequested, this::cellFrames);
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final SnippetOrigins origins;
    private final ProjectSources projectSources = ProjectSources.on(CodeEvaluator.class.getClassLoader());
    private final SourceTrees sourceTrees = new SourceTrees();
    private final ProjectJavadoc projectJavadoc = new ProjectJavadoc(projectSources, sourceTrees);
    private final ApiCatalog api = new ApiCatalog(projectSources, sourceTrees, DefaultImports.API_PACKAGES);
    private final Temporaries temporaries;
    private final KeptVariables kept;
    private final RejectedDeclarations rejected;
    private final List<String> addedToClasspath = new ArrayList<>();
    private volatile Duration timeLimit = Duration.ZERO;
    /** Where warnings about code that compiles but hardly means what it says go: the cell's stderr. */
    private volatile Consumer<String> warnings = line -> System.err.println(line);

    public CodeEvaluator() {
        this(List.of());
    }

    /**
     * {@code compilerOptions} are javac options for every cell (JGRAD_COMPILER_OPTS); one that javac
     * refuses throws an IllegalArgumentException naming it.
     */
    public CodeEvaluator(List<String> compilerOptions) {
        // JShell compiles against java.class.path by default; passing --class-path as a compiler
        // option would pin it and hide jars added later by addToClasspath (%maven, %classpath).
        // -g keeps local variable names, so a NullPointerException names the variable, not "<local4>".
        List<String> options = new ArrayList<>(List.of("-g"));
        options.addAll(compilerOptions);
        this.shell = JShell.builder()
                .executionEngine(engine, Map.of())
                .compilerOptions(options.toArray(String[]::new))
                .build();
        try { // javac sees the options first when the session compiles something
            this.analysis = shell.sourceCodeAnalysis();
            this.origins = new SnippetOrigins(analysis, shell::snippets);
            this.temporaries = new Temporaries(shell);
            this.kept = new KeptVariables(shell, engine);
            // Anomaly messages name the cell line of the op, also when the cell's own code prints them.
            Anomaly.nameFramesWith(frame -> StackTraces.named(frame, origins));
            this.rejected = new RejectedDeclarations(shell, analysis, engine);
            api.readAhead(Tensor.class.getName()); // Tab on a tensor, the first thing a student tries
            for (String imp : DefaultImports.snippets(CodeEvaluator.class.getClassLoader())) {
                shell.eval(imp);
            }
            // JupyterLab waits one second for completions, then shows none; JShell's first completion sets javac's
            // attribution up, which takes about that long, so it happens here, before the first request.
            analysis.completionSuggestions(WARM_UP_COMPLETION, WARM_UP_COMPLETION.length(), new int[1]);
        } catch (IllegalArgumentException | IllegalStateException e) {
            close();
            throw new IllegalArgumentException("javac refused the options " + String.join(" ", compilerOptions) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Sends warnings (one line each, such as a {@code lr=0.1} argument) to {@code sink} instead of stderr. */
    void warningsTo(Consumer<String> sink) {
        warnings = sink;
    }

    public JShell shell() {
        return shell;
    }

    /** Adds a jar or directory to both the compile and the run classpath. */
    public void addToClasspath(String path) {
        shell.addToClasspath(path);
        addedToClasspath.add(path);
    }

    /** What {@link #addToClasspath} added this session (by %classpath and %maven), in order. */
    public List<String> addedToClasspath() {
        return List.copyOf(addedToClasspath);
    }

    /**
     * Names the cell that the following {@link #eval} calls belong to, so that errors can point at its
     * lines; {@code executionCount} 0 for a cell without one (silent).
     */
    public void beginCell(int executionCount, String source) {
        origins.beginCell(executionCount, source);
    }

    /**
     * Runs {@code body}, whose code comes from {@code source} (a file or another notebook's cell that %load
     * runs), so that errors name its lines as lines of {@code name} ("prep.ipynb cell 4"); then the cell
     * that was running is named again.
     */
    public <T> T runAs(String name, String source, Callable<T> body) throws Exception {
        SnippetOrigins.Cell outer = origins.currentCell();
        origins.beginCell(new SnippetOrigins.Cell(name, source));
        try {
            return body.call();
        } finally {
            origins.beginCell(outer);
        }
    }

    /**
     * A cell's request is being handled: from now until {@link #endCell} an interrupt stops it.
     * {@code sentAt} is when the client sent the request, if known.
     */
    public void startCell(Optional<Instant> sentAt) {
        interrupts.cellStarted(sentAt);
    }

    public void endCell() {
        interrupts.cellEnded();
    }

    /**
     * Evaluates every snippet of the cell in order; returns the value of a trailing expression or
     * {@link #NO_VALUE}. Throws {@link CellInterruptedException} once the cell is interrupted. Variables
     * of other cells keep their values when the code declares again something they were computed from;
     * those that cannot (their type changed, their declaration no longer compiles) are named in one line
     * on {@code System.err}. A declaration that does not compile leaves what it would have replaced as it was.
     */
    public Object eval(String code) throws Exception {
        List<VarSnippet> lost = new ArrayList<>();
        try {
            return evalSnippets(code, lost);
        } finally {
            kept.note(lost).ifPresent(System.err::println);
        }
    }

    private Object evalSnippets(String code, List<VarSnippet> lost) throws Exception {
        Object last = NO_VALUE;
        String remaining = code;
        int line = origins.firstLineOf(code);
        temporaries.noteSource(code);
        while (!remaining.isBlank()) {
            stopIfInterrupted();
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                throw new CompilationException(List.of(remaining.strip(), "error: incomplete input"));
            }
            String source = info.source();
            String typed = remaining.substring(0, remaining.length() - info.remaining().length());
            remaining = info.remaining();
            ExitGuard.check(source);
            KeywordArguments.warnings(source, this::isVariable).forEach(warnings);
            // As in IPython, a trailing ';' on the last statement suppresses its value.
            boolean showValue = remaining.isBlank() && !typed.strip().endsWith(";");
            try {
                last = evalSnippet(source, showValue, SnippetOrigins.sourceLine(line, typed, source), lost);
            } catch (Exception e) {
                stopIfInterrupted(); // what the stop made the user code throw is not the user's error
                throw e;
            }
            line += SnippetOrigins.lineOf(typed, typed.length()) - 1;
            // JShell ends a stopped snippet quietly; the user must see that the cell did not finish.
            stopIfInterrupted();
        }
        return last;
    }

    /**
     * {@link #eval(String)} that runs {@code beforeRunning} once, on this thread, just before the first snippet
     * of {@code code} starts to run, and not at all when none runs (the first one does not compile): %%track
     * shows its chart only for code that runs.
     */
    public Object eval(String code, Runnable beforeRunning) throws Exception {
        engine.beforeNextRun(beforeRunning);
        try {
            return eval(code);
        } finally {
            engine.beforeNextRun(null);
        }
    }

    private void stopIfInterrupted() throws CellInterruptedException {
        if (interrupts.stopRequested()) {
            throw interrupts.timedOut() ? new CellInterruptedException("Time limit: the cell ran longer than "
                    + CellTimeLimit.format(timeLimit) + " (JGRAD_TIMEOUT) and was stopped; variables from earlier cells"
                    + " are kept") : new CellInterruptedException();
        }
    }

    /** Every cell started from now on is stopped, as by an interrupt, once it has run this long. */
    public void setCellTimeLimit(Duration limit) {
        timeLimit = limit;
        interrupts.setTimeLimit(limit.toNanos());
    }

    private Object evalSnippet(String source, boolean showValue, int firstLine, List<VarSnippet> lost) throws Exception {
        Object value = NO_VALUE;
        List<SnippetEvent> events = origins.running(firstLine, () -> shell.eval(source));
        // A declaration that does not compile takes nothing away: what it replaced is declared again.
        RejectedDeclarations.Restored again = rejected.restore(events);
        List<SnippetEvent> all = new ArrayList<>(events);
        all.addAll(again.events());
        lost.addAll(kept.update(all, again.declaredAgain()));
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null && event.status() != Snippet.Status.REJECTED) {
                origins.record(event.snippet(), firstLine);
                temporaries.created(event.snippet());
            }
        }
        for (SnippetEvent event : events) {
            JShellException ex = event.exception();
            if (ex instanceof EvalException ee) {
                throw new CellException(ee, engine.takeThrown().orElse(ee), origins);
            }
            if (ex instanceof UnresolvedReferenceException ure) {
                throw new CompilationException(unresolved(ure));
            }
            if (ex != null) {
                throw ex;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw new CompilationException(diagnostics(event.snippet(), source));
            }
            // value() is null also when the value's toString() threw; the object is still shown.
            if (showValue && event.causeSnippet() == null && event.status() == Snippet.Status.VALID) {
                value = valueOf(event.snippet()).orElse(value);
            }
        }
        return value;
    }

    /**
     * Fetches the real object of an expression snippet (not just its toString). Reading it from the
     * snippet's wrapper class avoids compiling a lookup snippet, which would double a cell's cost.
     */
    private Optional<Object> valueOf(Snippet snippet) {
        if (snippet instanceof VarSnippet vs && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            return engine.lastField(vs.name()).or(() -> lookup(vs.name()));
        }
        if (snippet instanceof ExpressionSnippet es) {
            // A bare variable's body only reads it, so running it again is free of side effects.
            return (snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND ? engine.rereadLast() : Optional.empty())
                    .or(() -> lookup(es.name()));
        }
        return Optional.empty();
    }

    /**
     * Runs {@code task} as the running cell's code: an interrupt stops it ({@link CellInterruptedException}),
     * and threads it starts report their errors in the cell. What it throws is thrown, errors wrapped in a
     * {@link KernelError}.
     */
    public <T> T runAsCellCode(Callable<T> task) throws Exception {
        try {
            @SuppressWarnings("unchecked")
            T result = (T) engine.runAsCellCode(task::call);
            return result;
        } catch (jdk.jshell.spi.ExecutionControl.StoppedException e) {
            stopIfInterrupted();
            throw new CellInterruptedException();
        } catch (Exception e) {
            stopIfInterrupted(); // what the stop made the code throw is not its error
            throw e;
        } catch (Throwable e) {
            stopIfInterrupted();
            throw new KernelError(e);
        }
    }

    /** The current object held by a variable (or a $N temporary), if it can be read. */
    public Optional<Object> lookup(String name) {
        ValueStash.clear();
        for (SnippetEvent ev : shell.eval(ValueStash.class.getName() + ".set(" + name + ");")) {
            shell.drop(ev.snippet());
            if (ev.exception() != null || ev.status() == Snippet.Status.REJECTED) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(ValueStash.take()).or(() -> Optional.of(ValueStash.NULL));
    }

    /** {@code text} with every JShell frame it quotes ({@code REPL.$JShell$14.f($JShell$14.java:7)}) named by its cell line. */
    public String cellFrames(String text) {
        return StackTraces.rewrite(text, origins);
    }

    private List<String> diagnostics(Snippet snippet, String source) {
        return CompileErrors.lines(source, shell.diagnostics(snippet).collect(Collectors.toList()),
                new HintFacts(source, this::sessionValue));
    }

    /** The object a variable of the session holds; empty for a name that is no variable. */
    private Optional<Object> sessionValue(String name) {
        return isVariable(name) ? lookup(name) : Optional.empty();
    }

    private boolean isVariable(String name) {
        return shell.variables().anyMatch(v -> v.name().equals(name) && shell.status(v).isActive());
    }

    private List<String> unresolved(UnresolvedReferenceException ure) {
        Snippet s = ure.getSnippet();
        List<String> out = new ArrayList<>();
        out.add(s.source().strip());
        out.add("error: " + s.kind().name().toLowerCase() + " cannot be used until these are defined: "
                + String.join(", ", shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) s)
                        .collect(Collectors.toList())));
        return out;
    }

    /**
     * Stops the active cell (see {@link CellInterrupts}); {@code sentAt} is when the client sent the
     * interrupt, empty for a signal.
     */
    public void interrupt(Optional<Instant> sentAt) {
        interrupts.interrupt(sentAt);
    }

    /** JShell.stop(): Thread.stop of the snippet's threads on JDK 17, a stop flag and Thread.interrupt on JDK 22+. */
    private void stopUserCode() {
        shell.stop();
    }

    /** Jupyter is_complete: "complete", "invalid", or the indent of the next line when incomplete. */
    public String isComplete(String code) {
        String remaining = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case EMPTY:
                    return "complete";
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return nextLineIndent(code);
                case UNKNOWN:
                    return "invalid";
                default:
                    remaining = info.remaining();
                    if (remaining.isBlank()) {
                        return "complete";
                    }
            }
        }
    }

    /** The last line's indent, one level deeper after an opening brace or parenthesis. */
    static String nextLineIndent(String code) {
        String last = code.substring(code.lastIndexOf('\n') + 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        String trimmed = last.strip();
        return trimmed.endsWith("{") || trimmed.endsWith("(") ? indent + "    " : indent;
    }

    /** Completion candidates and the start of the text they replace; members in {@link CompletionOrder}'s order. */
    public Completions complete(String code, int cursor) {
        int[] anchor = new int[1];
        Set<String> names = new LinkedHashSet<>();
        for (var s : analysis.completionSuggestions(code, cursor, anchor)) {
            names.add(s.continuation());
        }
        List<String> list = List.copyOf(names);
        int dot = anchor[0] - 1;
        if (dot >= 0 && dot < code.length() && code.charAt(dot) == '.') {
            String typed = code.substring(anchor[0], Math.max(anchor[0], Math.min(cursor, code.length())));
            list = CompletionOrder.arrange(list, typed, internalMembers(code, dot));
        }
        return new Completions(list, anchor[0], cursor);
    }

    /** The @hidden members of the type of what stands before the dot: an expression's type, or a type named there. */
    private Set<String> internalMembers(String code, int dot) {
        int start = CompletionOrder.receiverStart(code, dot);
        if (start < 0) {
            return Set.of();
        }
        String receiver = code.substring(start, dot).strip();
        try {
            String type = analysis.analyzeType(receiver, receiver.length());
            return api.hiddenMembers(type != null ? type : receiver);
        } catch (RuntimeException e) { // completion goes on in JShell's order
            System.err.println("Tab: could not type " + receiver + ": " + e);
            return Set.of();
        }
    }

    /**
     * {@code ?name} for a name that is not in scope: the API's members and types of that name (case and
     * underscores ignored, so {@code no_grad} finds {@code Grad.noGrad}), with their javadoc; empty when none.
     */
    public String searchApi(String name) {
        return ApiSearchText.format(name, api.named(name));
    }

    /**
     * Signature and javadoc of the symbol at the cursor. Frontends send the cursor anywhere in a
     * name, and JShell documents methods only at their call's parenthesis: try both.
     */
    public String inspect(String code, int cursor) {
        int end = Math.max(0, Math.min(cursor, code.length()));
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        String doc = documentation(code, end);
        if (doc.isEmpty() && (end == code.length() || code.charAt(end) != '(')) {
            doc = documentation(code.substring(0, end) + "(", end + 1);
        }
        return doc;
    }

    private String documentation(String code, int cursor) {
        StringBuilder sb = new StringBuilder();
        for (var doc : analysis.documentation(code, cursor, true)) {
            sb.append(doc.signature()).append('\n');
            // JShell reads javadoc from the JDK's src.zip only; jgrad's own comes from the sources in its jars.
            String raw = doc.javadoc() == null || doc.javadoc().isBlank()
                    ? projectJavadoc.of(doc.signature()).orElse(null) : doc.javadoc();
            String javadoc = JavadocText.format(raw);
            if (!javadoc.isEmpty()) {
                sb.append('\n').append(javadoc).append("\n\n");
            }
        }
        return sb.toString().strip();
    }

    /**
     * The user's variables with their values, read without compiling anything: safe to call from any thread,
     * also while a cell runs.
     */
    public List<VariableValue> variableValues() {
        return kept.snapshot();
    }

    /** Active variables with declared types (for %vars). */
    public List<VarSnippet> variables() {
        return shell.variables().collect(Collectors.toList());
    }

    /**
     * Why the variable lost its value when a cell declared again something it was computed from ("its
     * type Foo changed"); empty if it has its value, or has been given one since.
     */
    public Optional<String> resetReason(VarSnippet variable) {
        return kept.resetReason(variable);
    }

    @Override
    public void close() {
        Anomaly.nameFramesWith(null);
        interrupts.close();
        shell.close();
    }

    /** Completion result. */
    public record Completions(List<String> names, int start, int end) {
    }
}
