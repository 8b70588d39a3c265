package jgrad.kernel.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;

/**
 * Resolution failed: the message names each artifact that could not be had, why (per repository,
 * as the resolver says), what was asked for, and every repository that was searched.
 */
public final class MavenResolutionException extends Exception {
    private MavenResolutionException(String message, Throwable cause) {
        super(message, cause);
    }

    static MavenResolutionException of(Exception failure, List<Dependency> requested, List<RemoteRepository> searched) {
        Set<String> artifacts = new LinkedHashSet<>();
        Set<String> reasons = new LinkedHashSet<>();
        collect(failure, artifacts, reasons);
        if (reasons.isEmpty()) {
            reasons.add(firstLine(failure.getMessage()));
        }
        String asked = requested.stream().map(d -> d.getArtifact().toString()).collect(Collectors.joining(", "));
        StringBuilder message = new StringBuilder("could not resolve ")
                .append(artifacts.isEmpty() ? asked : String.join(", ", artifacts));
        for (String reason : reasons) {
            message.append("\n  ").append(reason);
        }
        if (!artifacts.isEmpty() && !artifacts.equals(Set.of(asked))) {
            message.append("\nrequested: ").append(asked);
        }
        message.append("\nrepositories searched: ").append(MavenRepositories.describe(searched));
        return new MavenResolutionException(message.toString(), failure);
    }

    private static void collect(Throwable t, Set<String> artifacts, Set<String> reasons) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof DependencyResolutionException dre && dre.getResult() != null) {
                DependencyResult result = dre.getResult();
                result.getCollectExceptions().forEach(e -> collect(e, artifacts, reasons));
            }
            if (t instanceof DependencyCollectionException dce && dce.getResult() != null) {
                dce.getResult().getExceptions().forEach(e -> collectOne(e, artifacts, reasons));
            }
            collectOne(t, artifacts, reasons);
        }
    }

    private static void collectOne(Throwable t, Set<String> artifacts, Set<String> reasons) {
        if (t instanceof ArtifactResolutionException are) {
            for (ArtifactResult r : are.getResults()) {
                if (!r.isResolved()) {
                    artifacts.add(r.getRequest().getArtifact().toString());
                    r.getExceptions().forEach(e -> reasons.add(firstLine(e.getMessage())));
                }
            }
        } else if (t instanceof ArtifactDescriptorException ade && ade.getResult() != null) {
            artifacts.add(ade.getResult().getRequest().getArtifact().toString());
            reasons.add(firstLine(ade.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no reason given)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
