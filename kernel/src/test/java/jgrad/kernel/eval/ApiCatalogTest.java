package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiCatalogTest {
    @TempDir
    static Path root;
    static ApiCatalog api;

    @BeforeAll
    static void sources() throws IOException {
        write("demo/api/Grad.java", """
                package demo.api;
                /** Grad mode. */
                public final class Grad {
                    private Grad() { }
                    /** Runs body without a graph. */
                    public static void noGrad(Runnable body) { }
                    public static boolean isEnabled() { return true; }
                    /** The lower-case twin of the class name. */
                    public static Grad grad() { return null; }
                    static void packagePrivate() { }
                }
                """);
        write("demo/api/Tensor.java", """
                package demo.api;
                /** A tensor. */
                public class Tensor {
                    /** The sum. */
                    public Tensor sum() { return this; }
                    /** The sum along dim. */
                    public Tensor sum(final int dim) { return this; }
                    /**
                     * The raw memory.
                     *
                     * @hidden
                     */
                    public Object storage() { return null; }
                    /**
                     * One overload hidden, one not.
                     * @hidden
                     */
                    public int offset() { return 0; }
                    /** A public offset. */
                    public int offset(int d) { return 0; }
                    @Override
                    public String toString() { return ""; }
                    /** Its shape. */
                    public static class Shape { public int rank() { return 0; } }
                }
                """);
        write("demo/api/Parameter.java", """
                package demo.api;
                /** A trainable tensor. */
                public final class Parameter extends Tensor {
                }
                """);
        write("demo/api/Loader.java", """
                package demo.api;
                /** Batches. */
                public interface Loader {
                    int size();
                    /** The next batch. */
                    default Object next() { return null; }
                    private void helper() { }
                }
                """);
        write("demo/api/Hidden.java", """
                package demo.api;
                class Hidden { public void notApi() { } }
                """);
        write("demo/api/internal/Kernel.java", """
                package demo.api.internal;
                public class Kernel { public void notExported() { } }
                """);
        api = new ApiCatalog(new ProjectSources(List.of(root)), new SourceTrees(), List.of("demo.api"));
    }

    private static void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void undocumentedAreTheApisMethodsAndConstructorsWithoutAComment() {
        assertEquals(List.of(
                "demo.api: static boolean Grad.isEnabled()",
                "demo.api: int Loader.size()",
                "demo.api: Parameter() (implicit; declare it to document it)",
                "demo.api: Tensor() (implicit; declare it to document it)",
                "demo.api: int Tensor.Shape.rank()",
                "demo.api: Tensor.Shape() (implicit; declare it to document it)").stream().sorted().toList(),
                api.undocumented().stream().sorted().toList());
    }

    @Test
    void searchIgnoresCaseAndUnderscoresAndReadsTheLastPartOfAQualifiedName() {
        assertEquals(List.of("static void Grad.noGrad(Runnable body)"), signatures("noGrad"));
        assertEquals(List.of("static void Grad.noGrad(Runnable body)"), signatures("no_grad"));
        assertEquals(List.of("static void Grad.noGrad(Runnable body)"), signatures("torch.no_grad"));
        assertEquals(List.of("Tensor Tensor.sum()", "Tensor Tensor.sum(int dim)"), signatures("SUM"));
        assertEquals(List.of("class demo.api.Parameter", "Parameter()"), signatures("parameter"));
        assertEquals(List.of(), signatures("notApi"));
        assertEquals(List.of(), signatures("notExported"));
        assertEquals(List.of(), signatures("helper"));
        assertEquals(List.of(), signatures("_"));
    }

    @Test
    void searchPutsTheExactSpellingFirstAndInternalsLast() {
        assertEquals(List.of("static Grad Grad.grad()", "class demo.api.Grad"), signatures("grad"));
        assertEquals(List.of("class demo.api.Grad", "static Grad Grad.grad()"), signatures("Grad"));
        assertEquals(List.of("int Tensor.offset(int d)", "int Tensor.offset()"), signatures("offset"));
    }

    @Test
    void hiddenMembersAreThoseWhoseEveryDeclarationSaysHidden() {
        assertEquals(Set.of("storage"), api.hiddenMembers("demo.api.Tensor"));
        assertEquals(Set.of("storage"), api.hiddenMembers("Tensor"));
        assertEquals(Set.of("storage"), api.hiddenMembers("Parameter"), "inherited from the API supertype");
        assertEquals(Set.of("storage"), api.hiddenMembers("demo.api.Parameter<Float>"));
        assertEquals(Set.of(), api.hiddenMembers("java.lang.String"));
        assertEquals(Set.of(), api.hiddenMembers("Kernel"));
    }

    @Test
    void membersOfInterfacesArePublicUnlessPrivate() {
        List<String> names = api.entries().stream().filter(e -> e.owner().equals("Loader")).map(ApiCatalog.Entry::name).toList();
        assertEquals(List.of("Loader", "size", "next"), names);
    }

    @Test
    void theSearchTextShowsSignaturesAndJavadoc() {
        String text = ApiSearchText.format("no_grad", api.named("no_grad"));
        assertEquals("no_grad is not a name in scope here; jgrad's API has this:\n\n"
                + "static void Grad.noGrad(Runnable body)\nRuns body without a graph.", text);
        assertEquals("", ApiSearchText.format("nothing", List.of()));
        assertTrue(ApiSearchText.format("sum", api.named("sum")).startsWith("sum is not a name in scope here; jgrad's API has these 2:"));
    }

    private static List<String> signatures(String query) {
        return api.named(query).stream().map(ApiCatalog.Entry::signature).toList();
    }
}
