package jgrad.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import jdk.jshell.VarSnippet;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.CompilationException;

/**
 * The kernel's magics: %lsmagic, %time/%%time, %timeit/%%timeit, %classpath, %load, %vars, %maven,
 * %mavenRepo, %%loadFromPOM.
 */
public final class KernelMagics {
    private final CodeEvaluator evaluator;
    private final MavenMagic maven;
    private final LoadMagic loader;
    private final TreeSet<String> lineNames = new TreeSet<>();
    private final TreeSet<String> cellNames = new TreeSet<>();
    private final MagicCompleter completer = new MagicCompleter();

    /** {@code runner} runs the cells of notebooks that %load runs, magics included. */
    public KernelMagics(CodeEvaluator evaluator, MagicRunner runner) {
        this.evaluator = evaluator;
        this.maven = new MavenMagic(evaluator);
        this.loader = new LoadMagic(evaluator, runner);
    }

    public void registerAll(Magics magics) {
        for (MagicCommand c : commands()) {
            register(magics, c);
        }
        new TrainingMagics(evaluator).registerAll(this, magics);
    }

    /** The session magics, each with its usage line: --help and argument errors come from MagicCommand. */
    private List<MagicCommand> commands() {
        return List.of(
                new MagicCommand("%lsmagic", "Lists the line and cell magics.", 0, 0,
                        (a, body) -> "Line magics: %" + String.join(" %", lineNames)
                                + "\nCell magics: %%" + String.join(" %%", cellNames)),
                new MagicCommand("%time EXPR...", "Runs one line of Java once and prints its wall time; its value, if any, is"
                        + " the cell's result.", 1, 1, (a, body) -> time(a.positional(0))),
                new MagicCommand("%%time", "Runs the cell once and prints its wall time; its value, if any, is the cell's"
                        + " result.", 0, 0, (a, body) -> time(body)),
                new MagicCommand("%timeit EXPR...", TIMEIT_HELP, 1, 1, (a, body) -> timeit(a.positional(0))),
                new MagicCommand("%%timeit", TIMEIT_HELP, 0, 0, (a, body) -> timeit(body)),
                new MagicCommand("%classpath [PATH...]", "Adds jars or class folders to the session's class path; without"
                        + " arguments, prints the class path.", 0, Integer.MAX_VALUE, (a, body) -> classpath(a.positional())),
                new MagicCommand("%load FILE", "Runs a Java file (.java, .jsh) or the code cells of a notebook (.ipynb,"
                        + " magics included) in this session, as if typed into cells; the last value, if any, is the"
                        + " result.", 1, 1, (a, body) -> loader.load(a.positional(0))),
                new MagicCommand("%vars", "Lists the session's variables with their types, the shape of tensors, and which"
                        + " lost their values when a cell declared again something they were computed from.", 0, 0,
                        (a, body) -> vars()),
                new MagicCommand("%maven GROUP:ARTIFACT:VERSION [MORE...]", "Resolves artifacts and their dependencies"
                        + " (together, as one graph) from the repositories of %mavenRepo and Maven Central, and adds the"
                        + " jars to the class path.", 1, Integer.MAX_VALUE, (a, body) -> maven.maven(a.positional())),
                new MagicCommand("%mavenRepo [ID URL]", "Adds a repository (http://, https:// or file:// URL, or a folder)"
                        + " that later %maven and %%loadFromPOM calls search before Maven Central; an ID already added is"
                        + " re-pointed, 'central' replaces Maven Central. Without arguments, lists the repositories.",
                        0, 2, (a, body) -> maven.mavenRepo(a.positional())),
                new MagicCommand("%%loadFromPOM", "Resolves the dependencies of the cell, a <dependencies> block or a"
                        + " whole POM (with <repositories>, <properties>, <dependencyManagement>), and adds the jars to"
                        + " the class path.", 0, 0, (a, body) -> maven.loadFromPom(body)));
    }

    private static final String TIMEIT_HELP = """
            Runs the code repeatedly (10, 100, ... loops until they take 0.2 s, then the best of 3 such runs)
            and prints the time per loop. An expression's value is kept (so the JIT cannot drop the work);
            statements run as a block.""";

    /** Completes magic names, their options and arguments. */
    public MagicCompleter completer() {
        return completer;
    }

    void register(Magics magics, MagicCommand c) {
        completer.add(c);
        if (c.isCell()) {
            cell(magics, c.name(), (args, body) -> c.apply(args, body));
        } else {
            line(magics, c.name(), args -> c.apply(args, null));
        }
    }

    void line(Magics magics, String name, io.github.spencerpark.jupyter.kernel.magic.registry.LineMagicFunction<?> f) {
        lineNames.add(name);
        magics.registerLineMagic(name, f);
    }

    void cell(Magics magics, String name, io.github.spencerpark.jupyter.kernel.magic.registry.CellMagicFunction<?> f) {
        cellNames.add(name);
        magics.registerCellMagic(name, f);
    }

    private Object time(String code) throws Exception {
        long start = System.nanoTime();
        Object value = evaluator.eval(code);
        System.out.println("Wall time: " + TimeIt.format(System.nanoTime() - start));
        return value == CodeEvaluator.NO_VALUE ? null : value;
    }

    private Object timeit(String code) throws Exception {
        String body = code.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("nothing to time");
        }
        String runner = TimeIt.class.getName();
        String expression = body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
        Object report;
        try { // an expression first: its value goes to a sink, so the JIT cannot drop the work
            report = evaluator.eval(runner + ".runExpression(() -> (\n" + expression + "\n))");
        } catch (CompilationException notAnExpression) {
            // statements, each on its own line so that a compile error shows the user's line
            report = evaluator.eval(runner + ".run(() -> {\n" + body + (body.endsWith(";") || body.endsWith("}") ? "" : ";")
                    + "\n})");
        }
        System.out.println(report);
        return null;
    }

    private Object classpath(List<String> args) {
        if (args.isEmpty()) { // the kernel's own class path, then what this session added
            List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
            entries.addAll(evaluator.addedToClasspath());
            return String.join("\n", entries);
        }
        for (String p : args) {
            if (!Files.exists(Path.of(p))) {
                throw new IllegalArgumentException("no such file or folder: " + Path.of(p).toAbsolutePath());
            }
            evaluator.addToClasspath(Path.of(p).toAbsolutePath().toString());
            System.out.println("Added " + p);
        }
        return null;
    }

    private String vars() {
        StringBuilder sb = new StringBuilder();
        for (VarSnippet v : evaluator.variables()) {
            if (v.name().startsWith("$")) {
                continue;
            }
            sb.append(v.name()).append(" : ").append(v.typeName());
            evaluator.lookup(v.name()).map(KernelMagics::shapeOf).ifPresent(s -> sb.append("  shape=").append(s));
            evaluator.resetReason(v).ifPresent(why -> sb.append("  (reset: ").append(why).append(')'));
            sb.append('\n');
        }
        return sb.length() == 0 ? "(no variables)" : sb.toString().stripTrailing();
    }

    private static String shapeOf(Object value) {
        try {
            Method m = value.getClass().getMethod("shape");
            m.setAccessible(true);
            Object s = m.invoke(value);
            if (s instanceof int[] a) {
                return Arrays.toString(a);
            }
            if (s instanceof long[] a) {
                return Arrays.toString(a);
            }
            return String.valueOf(s);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
