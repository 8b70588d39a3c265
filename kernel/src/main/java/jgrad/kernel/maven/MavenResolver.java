package jgrad.kernel.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves artifacts with their transitive runtime dependencies (Apache Maven Resolver), from the
 * repositories of {@link #repositories()}, caching jars in a local Maven repository.
 */
public final class MavenResolver {
    private final Path localRepository;
    private final MavenRepositories repositories = new MavenRepositories();
    private RepositorySystem system;

    /** The jars of what was asked for (each with its dependencies) and of everything together, in class path order. */
    public record Resolution(Map<String, List<Path>> jarsByRequest, List<Path> jars) {
    }

    /** Jars go to {@code $JGRAD_MAVEN_REPO}, else the user's {@code ~/.m2/repository}. */
    public MavenResolver() {
        this(defaultLocalRepository());
    }

    public MavenResolver(Path localRepository) {
        this.localRepository = localRepository;
    }

    static Path defaultLocalRepository() {
        String configured = System.getenv("JGRAD_MAVEN_REPO");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The repositories searched, which %mavenRepo extends. */
    public MavenRepositories repositories() {
        return repositories;
    }

    /** Parses {@code group:artifact[:extension[:classifier]]:version}. */
    public static Dependency dependency(String coordinates) {
        try {
            return new Dependency(new DefaultArtifact(coordinates.strip()), JavaScopes.RUNTIME);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected group:artifact:version, got '" + coordinates + "'", e);
        }
    }

    /**
     * Resolves the dependencies together, as one graph (so two of them that share a library get one
     * version of it), searching {@code extraRepositories} first and then {@link #repositories()}.
     */
    public synchronized Resolution resolve(List<Dependency> requested, List<Dependency> managed,
            List<RemoteRepository> extraRepositories) throws MavenResolutionException {
        List<RemoteRepository> searched = MavenRepositories.merge(extraRepositories, repositories.all());
        if (system == null) { // built on first use: kernel start stays fast
            system = new RepositorySystemSupplier().get();
        }
        try (CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                // POM profiles activate on java.version & co.; without them dependencies silently vanish.
                .setSystemProperties(System.getProperties())
                .build()) {
            CollectRequest collect = new CollectRequest(requested, managed, searched);
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            DependencyResult result = system.resolveDependencies(session, request);
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult r : result.getArtifactResults()) {
                jars.add(r.getArtifact().getPath());
            }
            Map<String, List<Path>> byRequest = new LinkedHashMap<>();
            for (DependencyNode child : result.getRoot().getChildren()) {
                Set<Path> own = new LinkedHashSet<>();
                collectPaths(child, own);
                byRequest.put(child.getArtifact().toString(), List.copyOf(own));
            }
            return new Resolution(byRequest, jars);
        } catch (DependencyResolutionException e) {
            throw MavenResolutionException.of(e, requested, searched);
        }
    }

    private static void collectPaths(DependencyNode node, Set<Path> out) {
        if (node.getArtifact() != null && node.getArtifact().getPath() != null) {
            out.add(node.getArtifact().getPath());
        }
        for (DependencyNode child : node.getChildren()) {
            collectPaths(child, out);
        }
    }
}
