package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExportsTree;
import com.sun.source.tree.ModuleTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's check that Shift-Tab has something to show: every public or protected method and constructor of
 * the user API (core's exported packages and the charts) has javadoc, read from the sources that ship in the
 * jars, as the kernel reads them. Run it with the modules it checks built from this tree
 * ({@code mvn -pl kernel -am test -Dtest=ApiJavadocTest -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class ApiJavadocTest {
    private static final ProjectSources SOURCES = ProjectSources.on(ApiJavadocTest.class.getClassLoader());
    private static final SourceTrees TREES = new SourceTrees();
    private static ApiCatalog api;

    @BeforeAll
    static void catalog() {
        api = new ApiCatalog(SOURCES, TREES, DefaultImports.API_PACKAGES);
    }

    @Test
    void everyApiPackageHasItsSourcesOnTheClassPath() {
        for (String pkg : DefaultImports.API_PACKAGES) {
            assertTrue(api.entries().stream().anyMatch(e -> e.packageName().equals(pkg) && e.kind() == ApiCatalog.Kind.TYPE),
                    "no public type of " + pkg + " found under " + ProjectSources.ROOT + "/ on the class path");
        }
    }

    @Test
    void everyMethodAndConstructorOfTheApiHasJavadoc() {
        List<String> missing = api.undocumented();
        assertEquals(List.of(), missing, missing.size() + " public methods/constructors of the API have no javadoc"
                + " (Shift-Tab shows nothing for them); write one, or mark an internal one @hidden with a comment");
    }

    @Test
    void theApiPackagesAreExactlyWhatCoreExportsPlusTheChartsAndWidgets() {
        List<String> exported = new ArrayList<>();
        for (Path file : SOURCES.filesIn("")) {
            SourceTrees.Parsed parsed = TREES.parse(file);
            if (parsed != null && file.getFileName().toString().equals("module-info.java")) {
                exported.addAll(exports(parsed.unit()));
            }
        }
        assertFalse(exported.isEmpty(), "core's module-info.java is not among the sources on the class path");
        exported.add("jgrad.viz"); // the charts' jar has no module-info: all of its one package is API
        exported.add("jgrad.widgets"); // the kernel's one API package: the interactive widgets
        assertEquals(exported.stream().sorted().toList(), DefaultImports.API_PACKAGES.stream().sorted().toList());
    }

    private static List<String> exports(CompilationUnitTree unit) {
        List<String> out = new ArrayList<>();
        ModuleTree module = unit.getModule();
        if (module != null) {
            module.getDirectives().stream().filter(d -> d instanceof ExportsTree)
                    .forEach(d -> out.add(((ExportsTree) d).getPackageName().toString()));
        }
        return out;
    }
}
