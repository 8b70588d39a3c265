package jgrad.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The per-user folder where jgrad keeps downloaded data, following each system's convention. */
final class CacheDirectory {
    private CacheDirectory() {
    }

    /**
     * {@code JGRAD_CACHE_DIR} if set; else {@code $XDG_CACHE_HOME/jgrad} or {@code ~/.cache/jgrad} on Linux,
     * {@code ~/Library/Caches/jgrad} on macOS, {@code %LOCALAPPDATA%\jgrad\cache} on Windows.
     */
    static Path forUser(Map<String, String> env, String osName, String userHome) {
        String explicit = env.getOrDefault(Mnist.CACHE_VARIABLE, "").trim();
        if (!explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.getOrDefault("LOCALAPPDATA", "").trim();
            return (local.isEmpty() ? Path.of(userHome, "AppData", "Local") : Path.of(local)).resolve("jgrad").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Caches", "jgrad");
        }
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "").trim();
        // The XDG spec says to ignore a relative XDG_CACHE_HOME.
        return (xdg.isEmpty() || !Path.of(xdg).isAbsolute() ? Path.of(userHome, ".cache") : Path.of(xdg)).resolve("jgrad");
    }
}
