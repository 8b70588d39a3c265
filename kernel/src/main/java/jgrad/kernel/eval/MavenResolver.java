package jgrad.kernel.eval;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves {@code group:artifact[:extension[:classifier]]:version} with its runtime dependencies
 * from Maven Central (Apache Maven Resolver), caching jars in a local Maven repository.
 */
public final class MavenResolver {
    private static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final Path localRepository;
    private RepositorySystem system;

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

    /** The jar files of the artifact and its transitive runtime dependencies, the artifact first. */
    public synchronized List<File> resolve(String coordinates) throws DependencyResolutionException {
        DefaultArtifact artifact;
        try {
            artifact = new DefaultArtifact(coordinates.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("%maven expects group:artifact:version, got '" + coordinates + "'", e);
        }
        if (system == null) { // built on first use: kernel start stays fast
            system = new RepositorySystemSupplier().get();
        }
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        // POM profiles activate on java.version & co.; without them dependencies silently vanish.
        session.setSystemProperties(System.getProperties());
        session.setLocalRepositoryManager(
                system.newLocalRepositoryManager(session, new LocalRepository(localRepository.toFile())));
        CollectRequest collect = new CollectRequest(new Dependency(artifact, JavaScopes.RUNTIME), List.of(CENTRAL));
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        List<File> jars = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
            jars.add(result.getArtifact().getFile());
        }
        return jars;
    }
}
