package jgrad.kernel.eval;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * jgrad's own Java sources, which the build puts into every module's jar under {@value #ROOT}/ (and into
 * each module's classes folder in a development build), found through the class loader as resources.
 */
final class ProjectSources {
    static final String ROOT = "jgrad-sources";

    private final List<Path> roots;
    private Map<String, List<Path>> byFileName;

    ProjectSources(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Every {@value #ROOT} folder on the class path of loader: in the kernel's jar, or in each module's classes folder. */
    static ProjectSources on(ClassLoader loader) {
        List<Path> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(ROOT))) {
                Path p = toPath(url.toURI());
                if (p != null && Files.isDirectory(p)) {
                    found.add(p);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            System.err.println("Shift-Tab: could not list jgrad's sources: " + e);
        }
        return new ProjectSources(found);
    }

    /** The source files of top-level types named simpleName, in package pkg (any package when pkg is empty). */
    synchronized List<Path> filesOf(String pkg, String simpleName) {
        if (byFileName == null) {
            byFileName = index();
        }
        List<Path> all = byFileName.getOrDefault(simpleName + ".java", List.of());
        if (pkg.isEmpty()) {
            return all;
        }
        String folder = pkg.replace('.', '/');
        return all.stream().filter(p -> p.getParent() != null && p.getParent().toString().endsWith(folder)).toList();
    }

    /** The source files of package pkg itself, not of its subpackages, in every root. */
    List<Path> filesIn(String pkg) {
        String folder = pkg.replace('.', '/');
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            Path dir = folder.isEmpty() ? root : root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().forEach(out::add);
            } catch (IOException | RuntimeException e) {
                System.err.println("jgrad sources: could not list " + dir + ": " + e);
            }
        }
        return out;
    }

    static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private Map<String, List<Path>> index() {
        Map<String, List<Path>> index = new HashMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".java"))
                        .forEach(p -> index.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p));
            } catch (IOException | RuntimeException e) {
                System.err.println("Shift-Tab: could not read jgrad's sources in " + root + ": " + e);
            }
        }
        return index;
    }

    private static Path toPath(URI uri) throws IOException {
        if ("file".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        if ("jar".equals(uri.getScheme())) {
            String spec = uri.getRawSchemeSpecificPart();
            int bang = spec.indexOf("!/");
            Path jar = Path.of(URI.create(spec.substring(0, bang)));
            return open(jar).getPath(spec.substring(bang + 1));
        }
        return null;
    }

    /** A zip file system, kept open for the life of the kernel (read on every Shift-Tab that needs it). */
    private static FileSystem open(Path zip) throws IOException {
        try {
            return FileSystems.newFileSystem(zip, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(URI.create("jar:" + zip.toUri()));
        }
    }
}
