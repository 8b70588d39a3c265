package jgrad.kernel.eval;

import java.util.ArrayList;
import java.util.List;

/** The imports every session starts with; project packages only when they are on the classpath. */
final class DefaultImports {
    /** What a jshell user has (its default startup), so BigDecimal, File, Path, Pattern, LocalDate need no import. */
    private static final List<String> ALWAYS = List.of("java.util", "java.util.function", "java.util.stream",
            "java.io", "java.math", "java.net", "java.nio.file", "java.util.concurrent", "java.util.regex", "java.time");
    /**
     * The packages of jgrad's user API: core's exported packages, the charts and the widgets; {@link ApiCatalog}
     * reads the same.
     */
    static final List<String> API_PACKAGES = List.of(
            "jgrad.autograd", "jgrad.nn", "jgrad.optim", "jgrad.data", "jgrad.viz", "jgrad.widgets");

    private DefaultImports() {
    }

    static List<String> snippets(ClassLoader loader) {
        List<String> out = new ArrayList<>();
        for (String p : ALWAYS) {
            out.add("import " + p + ".*;");
        }
        for (String p : API_PACKAGES) {
            if (packageExists(loader, p)) {
                out.add("import " + p + ".*;");
            }
        }
        // Single-type imports settle names the on-demand imports share: Function is java.util.function's
        // (for lambdas; graph nodes are jgrad.autograd.Node) and Module is jgrad.nn's layers, not java.lang's
        // JPMS modules.
        out.add("import java.util.function.Function;");
        if (packageExists(loader, "jgrad.nn")) {
            out.add("import jgrad.nn.Module;");
        }
        if (packageExists(loader, "jgrad.viz")) {
            out.add("import static jgrad.viz.Track.*;"); // log/step/epoch/progress for %%track cells
        }
        if (packageExists(loader, "jgrad.widgets")) {
            out.add("import static jgrad.widgets.Widgets.*;"); // interact(...), jslink(...)
        }
        out.add("import jgrad.kernel.display.Display;"); // Display.html(...), Display.image(path), ...
        out.add("import static jgrad.kernel.display.Display.display;");
        out.add("import static jgrad.kernel.display.Display.updateDisplay;");
        out.add("import static jgrad.kernel.eval.ClearOutput.clearOutput;");
        return out;
    }

    /** True if the classpath has a directory entry for the package (jar or classes dir). */
    static boolean packageExists(ClassLoader loader, String pkg) {
        String path = pkg.replace('.', '/');
        return loader.getResource(path) != null || loader.getResource(path + "/") != null;
    }
}
