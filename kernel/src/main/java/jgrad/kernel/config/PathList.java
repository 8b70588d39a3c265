package jgrad.kernel.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list of paths as written in an environment variable: entries separated by the platform's path
 * separator (':' on Linux and macOS), a leading '~' for the home folder, and '*', '?' or '[...]' in
 * the last name of an entry matching the files of that folder, in name order.
 */
final class PathList {
    private PathList() {
    }

    /** The existing paths the value names; each entry that names nothing becomes a problem naming it. */
    static List<Path> expand(String variable, String value, List<String> problems) {
        List<Path> out = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(withHome(entry.strip()));
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.matches(".*[*?\\[].*")) {
                List<Path> matches = glob(path.toAbsolutePath().getParent(), name);
                if (matches.isEmpty()) {
                    problems.add(variable + ": '" + entry + "' matches no file");
                }
                out.addAll(matches);
            } else if (Files.exists(path)) {
                out.add(path.toAbsolutePath());
            } else {
                problems.add(variable + ": no such file or folder: " + path.toAbsolutePath());
            }
        }
        return out;
    }

    private static String withHome(String entry) {
        return entry.equals("~") || entry.startsWith("~/") ? System.getProperty("user.home") + entry.substring(1) : entry;
    }

    private static List<Path> glob(Path folder, String pattern) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            List<Path> out = new ArrayList<>();
            for (Path p : files) {
                if (matcher.matches(p.getFileName())) {
                    out.add(p.toAbsolutePath());
                }
            }
            return out.stream().sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }
}
