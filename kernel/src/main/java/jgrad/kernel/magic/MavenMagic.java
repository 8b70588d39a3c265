package jgrad.kernel.magic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.maven.MavenRepositories;
import jgrad.kernel.maven.MavenResolver;
import jgrad.kernel.maven.PomDependencies;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * {@code %maven}, {@code %mavenRepo} and {@code %%loadFromPOM}: resolve artifacts with their
 * dependencies and add the jars to the session's class path. Repositories added by %mavenRepo serve
 * every later call of this kernel.
 */
final class MavenMagic {
    private final CodeEvaluator evaluator;
    private final MavenResolver resolver = new MavenResolver();

    MavenMagic(CodeEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** {@code %maven G:A:V [G:A:V...]}: all resolved together, as one dependency graph. */
    Object maven(List<String> coordinates) throws Exception {
        List<Dependency> requested = new ArrayList<>();
        for (String c : coordinates) {
            requested.add(MavenResolver.dependency(c));
        }
        return add(resolver.resolve(requested, List.of(), List.of()));
    }

    /** {@code %mavenRepo ID URL}; without arguments, lists the repositories in search order. */
    Object mavenRepo(List<String> args) {
        if (args.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (RemoteRepository r : resolver.repositories().all()) {
                sb.append(r.getId()).append("  ").append(r.getUrl()).append('\n');
            }
            return sb.toString().stripTrailing();
        }
        if (args.size() != 2) {
            throw new IllegalArgumentException("expected ID URL, got " + args.size() + " argument" + (args.size() == 1 ? "" : "s"));
        }
        RemoteRepository repo = resolver.repositories().add(args.get(0), args.get(1));
        System.out.println("Added repository " + repo.getId() + " (" + repo.getUrl() + "); search order: "
                + MavenRepositories.ids(resolver.repositories().all()));
        return null;
    }

    /** {@code %%loadFromPOM}: the cell's dependencies, with its own repositories searched first. */
    Object loadFromPom(String body) throws Exception {
        PomDependencies pom = PomDependencies.read(body);
        return add(resolver.resolve(pom.dependencies(), pom.managed(), pom.repositories()));
    }

    private Object add(MavenResolver.Resolution resolution) {
        List<String> known = evaluator.addedToClasspath();
        for (Path jar : resolution.jars()) {
            String path = jar.toAbsolutePath().toString();
            if (!known.contains(path)) {
                evaluator.addToClasspath(path);
            }
        }
        for (Map.Entry<String, List<Path>> e : resolution.jarsByRequest().entrySet()) {
            int n = e.getValue().size();
            System.out.println("Added " + shortName(e.getKey()) + " (" + n + " jar" + (n == 1 ? "" : "s") + ")");
        }
        return null;
    }

    /** g:a:jar:v as the user writes it, g:a:v. */
    private static String shortName(String artifact) {
        String[] p = artifact.split(":");
        return p.length == 4 && "jar".equals(p[2]) ? p[0] + ":" + p[1] + ":" + p[3] : artifact;
    }
}
