package jgrad.kernel.maven;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The remote repositories that %maven searches: those added by %mavenRepo, in the order added, then
 * Maven Central. Maven too puts a project's own repositories before central.
 */
public final class MavenRepositories {
    static final String CENTRAL_ID = "central";
    private static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";
    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    private final Map<String, RemoteRepository> added = new LinkedHashMap<>();
    private RemoteRepository central = repository(CENTRAL_ID, CENTRAL_URL);

    /**
     * Adds (or, for an id already known, re-points) a repository. {@code url} is an http, https or
     * file URL, or the path of a local folder. Returns the repository as it will be searched.
     */
    public synchronized RemoteRepository add(String id, String url) {
        RemoteRepository repo = repository(checkedId(id), checkedUrl(url));
        if (CENTRAL_ID.equals(id)) {
            central = repo; // a mirror of central, e.g. behind a company proxy
        } else {
            added.put(id, repo);
        }
        return repo;
    }

    /** Every repository, in the order they are searched. */
    public synchronized List<RemoteRepository> all() {
        List<RemoteRepository> out = new ArrayList<>(added.values());
        out.add(central);
        return out;
    }

    /** {@code first}, then those of {@code then} whose id is not among them. */
    static List<RemoteRepository> merge(List<RemoteRepository> first, List<RemoteRepository> then) {
        Map<String, RemoteRepository> byId = new LinkedHashMap<>();
        for (RemoteRepository r : first) {
            byId.putIfAbsent(r.getId(), r);
        }
        for (RemoteRepository r : then) {
            byId.putIfAbsent(r.getId(), r);
        }
        return List.copyOf(byId.values());
    }

    /** "id, id": the search order, briefly. */
    public static String ids(List<RemoteRepository> repositories) {
        return repositories.stream().map(RemoteRepository::getId).collect(Collectors.joining(", "));
    }

    /** "id (url), id (url)": how errors and listings name repositories. */
    public static String describe(List<RemoteRepository> repositories) {
        return repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").collect(Collectors.joining(", "));
    }

    /** True for Maven Central under its own id and address (with or without the final slash). */
    static boolean isCentral(String id, String url) {
        return CENTRAL_ID.equals(id) && url != null && CENTRAL_URL.equals(url.endsWith("/") ? url : url + "/");
    }

    static RemoteRepository repository(String id, String url) {
        return new RemoteRepository.Builder(id, "default", url).build();
    }

    private static String checkedId(String id) {
        if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a repository id is letters, digits, '.', '_' or '-', got '" + id + "'");
        }
        return id;
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase())) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // not a URL: perhaps a folder
        }
        Path folder = Path.of(url).toAbsolutePath();
        if (Files.isDirectory(folder)) {
            return folder.toUri().toString();
        }
        throw new IllegalArgumentException("a repository is an http://, https:// or file:// URL or an existing folder, got '"
                + url + "'");
    }
}
