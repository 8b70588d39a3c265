package jgrad.kernel.eval;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Where JShell looks for javadoc: the JDK's src.zip, as JShell itself does, and jgrad's own sources,
 * which the build puts into its jars under {@value #ROOT}/. JShell has no option for further source
 * locations: its documentation lookup reads one static list meant for its own tests
 * ({@code SourceCodeAnalysisImpl.availableSourcesOverride}), which is filled here. The kernel's jar
 * opens {@code jdk.jshell} for this (Add-Opens in its manifest); without that, or on a JDK without
 * the field, Shift-Tab shows signatures only.
 */
final class JavadocSources {
    static final String ROOT = "jgrad-sources";

    private JavadocSources() {
    }

    /** Points JShell at the JDK's and the class path's sources; false if this JDK does not allow it. */
    static boolean install(ClassLoader loader) {
        List<Path> sources = new ArrayList<>(jdkSources());
        sources.addAll(projectSources(loader));
        try {
            Class<?> impl = Class.forName("jdk.jshell.SourceCodeAnalysisImpl", false, SourceCodeAnalysis.class.getClassLoader());
            Field override = impl.getDeclaredField("availableSourcesOverride");
            override.setAccessible(true);
            override.set(null, Collections.unmodifiableList(sources));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("Shift-Tab shows signatures only: JShell's source list is not reachable (" + e + ")");
            return false;
        }
    }

    /** The JDK's src.zip, one entry per module folder when it is modular (what JShell uses by itself). */
    static List<Path> jdkSources() {
        Path home = Path.of(System.getProperty("java.home"));
        Path zip = home.resolve("lib").resolve("src.zip");
        if (!Files.isReadable(zip)) {
            zip = home.getParent() == null ? zip : home.getParent().resolve("src.zip");
        }
        if (!Files.isReadable(zip)) {
            return List.of();
        }
        try {
            Path root = open(zip).getRootDirectories().iterator().next();
            if (Files.exists(root.resolve("java/lang/Object.java"))) {
                return List.of(zip);
            }
            List<Path> modules = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
                for (Path p : ds) {
                    if (Files.isDirectory(p)) {
                        modules.add(p);
                    }
                }
            }
            return modules;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Every {@value #ROOT} folder on the class path: in the kernel's jar, or in each module's classes folder. */
    static List<Path> projectSources(ClassLoader loader) {
        List<Path> out = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(ROOT))) {
                Path p = toPath(url.toURI());
                if (p != null && Files.isDirectory(p)) {
                    out.add(p);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            System.err.println("Shift-Tab: could not list jgrad's sources: " + e);
        }
        return out;
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

    /** A zip file system, kept open for the life of the kernel (JShell reads from it on every Shift-Tab). */
    private static FileSystem open(Path zip) throws IOException {
        try {
            return FileSystems.newFileSystem(zip, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(URI.create("jar:" + zip.toUri()));
        }
    }
}
