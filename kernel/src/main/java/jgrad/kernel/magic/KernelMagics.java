package jgrad.kernel.magic;

import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import jdk.jshell.VarSnippet;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.CompilationException;

/** The kernel's magics: %lsmagic, %time/%%time, %timeit/%%timeit, %classpath, %load, %vars, %maven. */
public final class KernelMagics {
    private final CodeEvaluator evaluator;
    private final TreeSet<String> lineNames = new TreeSet<>();
    private final TreeSet<String> cellNames = new TreeSet<>();

    public KernelMagics(CodeEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    public void registerAll(Magics magics) {
        line(magics, "lsmagic", args -> "Line magics: %" + String.join(" %", lineNames)
                + "\nCell magics: %%" + String.join(" %%", cellNames));
        line(magics, "time", args -> time(String.join(" ", args)));
        cell(magics, "time", (args, body) -> time(body));
        line(magics, "timeit", args -> timeit(String.join(" ", args)));
        cell(magics, "timeit", (args, body) -> timeit(body));
        line(magics, "classpath", this::classpath);
        line(magics, "load", args -> {
            Object last = null;
            for (String f : args) {
                last = evaluator.eval(Files.readString(Path.of(f)));
            }
            return last == CodeEvaluator.NO_VALUE ? null : last;
        });
        line(magics, "vars", args -> vars());
        line(magics, "maven", args -> MavenMagic.addToClasspath(evaluator, args));
        new TrainingMagics(evaluator).registerAll(this, magics);
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
        String runner = TimeIt.class.getName() + ".run(() -> { " + body + (body.endsWith(";") || body.endsWith("}") ? "" : ";") + " })";
        Object report;
        try {
            report = evaluator.eval(runner);
        } catch (CompilationException notAStatement) {
            String expr = body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
            report = evaluator.eval(TimeIt.class.getName() + ".run(() -> { Object __timeit = (" + expr + "); })");
        }
        System.out.println(report);
        return null;
    }

    private Object classpath(List<String> args) {
        if (args.isEmpty()) {
            return String.join("\n", System.getProperty("java.class.path").split(File.pathSeparator));
        }
        for (String p : args) {
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
