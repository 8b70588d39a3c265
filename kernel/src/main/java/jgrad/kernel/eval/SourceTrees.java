package jgrad.kernel.eval;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * jgrad's source files parsed (syntax only, no compilation) with the javac Tree API, each once: the javadoc
 * lookup of Shift-Tab and the API catalog of {@code ?name} read the same trees.
 */
final class SourceTrees {
    private final Map<Path, Parsed> parsed = new HashMap<>();
    private JavaCompiler javac;
    private StandardJavaFileManager fileManager;

    /** A parsed file: its tree, and the Trees that give its declarations' doc comments. */
    record Parsed(CompilationUnitTree unit, Trees trees) {
        String packageName() {
            return unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        }
    }

    /** The parsed file, or null when it cannot be read (the reason goes to the kernel's log). */
    synchronized Parsed parse(Path file) {
        parseAll(List.of(file));
        return parsed.get(file);
    }

    /**
     * Parses the files not parsed yet, all with one javac task: setting a task up costs more than parsing a
     * file, so reading a whole package this way is several times faster than file by file.
     */
    synchronized void parseAll(Collection<Path> files) {
        Map<URI, Path> todo = new LinkedHashMap<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : files) {
            if (parsed.containsKey(file) || todo.containsValue(file)) {
                continue;
            }
            try {
                // javac hands back its own wrapper of each source; the URI, unique per file, finds the path again
                URI uri = URI.create("string:///" + parsed.size() + "-" + todo.size() + "/" + file.getFileName());
                sources.add(source(uri, ProjectSources.read(file)));
                todo.put(uri, file);
            } catch (IOException | RuntimeException e) {
                System.err.println("jgrad sources: could not read " + file + ": " + e);
                parsed.put(file, null);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        try {
            if (javac == null) {
                javac = ToolProvider.getSystemJavaCompiler();
                fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
            }
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, d -> { }, List.of("-proc:none"), null, sources);
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                parsed.put(todo.get(unit.getSourceFile().toUri()), new Parsed(unit, trees));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("jgrad sources: could not parse " + todo.values() + ": " + e);
        }
        todo.values().forEach(f -> parsed.putIfAbsent(f, null));
    }

    private static JavaFileObject source(URI uri, String text) {
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
