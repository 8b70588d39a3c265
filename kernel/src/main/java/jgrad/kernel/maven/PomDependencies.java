package jgrad.kernel.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.model.building.StringModelSource;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.artifact.JavaScopes;

/**
 * The dependencies, managed versions and repositories of a %%loadFromPOM cell, read with Maven's
 * own model builder: properties are interpolated and dependencyManagement versions filled in, as
 * Maven would. Every dependency is put on the class path whatever its scope: in a notebook the
 * cell is the program.
 */
public record PomDependencies(List<Dependency> dependencies, List<Dependency> managed, List<RemoteRepository> repositories) {

    /** Reads a cell: a whole POM or a fragment (see {@link CellPom}). */
    public static PomDependencies read(String cellBody) {
        if (cellBody == null || cellBody.isBlank()) {
            throw new IllegalArgumentException("the cell is empty: write a <dependencies> block or a POM below %%loadFromPOM");
        }
        String pom = CellPom.complete(cellBody);
        if (pom.contains("<parent>")) {
            throw new IllegalArgumentException("a POM with a <parent> is not supported: copy the dependencies you need");
        }
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest()
                .setModelSource(new StringModelSource(pom, "the cell's POM"))
                .setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL)
                .setProcessPlugins(false)
                .setTwoPhaseBuilding(false)
                .setSystemProperties(properties());
        Model model;
        try {
            model = new DefaultModelBuilderFactory().newInstance().build(request).getEffectiveModel();
        } catch (ModelBuildingException e) {
            throw new IllegalArgumentException(problems(e), e);
        }
        List<Dependency> deps = new ArrayList<>();
        for (org.apache.maven.model.Dependency d : model.getDependencies()) {
            deps.add(toDependency(d));
        }
        List<Dependency> managed = new ArrayList<>();
        if (model.getDependencyManagement() != null) {
            for (org.apache.maven.model.Dependency d : model.getDependencyManagement().getDependencies()) {
                managed.add(toDependency(d));
            }
        }
        if (deps.isEmpty()) {
            throw new IllegalArgumentException("the cell's POM declares no <dependency>");
        }
        List<RemoteRepository> repos = new ArrayList<>();
        for (Repository r : model.getRepositories()) {
            // Maven's super POM adds central to every model; the kernel searches central last anyway.
            if (!MavenRepositories.isCentral(r.getId(), r.getUrl())) {
                repos.add(MavenRepositories.repository(r.getId(), r.getUrl()));
            }
        }
        return new PomDependencies(deps, managed, repos);
    }

    private static Properties properties() {
        Properties p = new Properties();
        p.putAll(System.getProperties());
        return p;
    }

    private static Dependency toDependency(org.apache.maven.model.Dependency d) {
        String type = d.getType() == null ? "jar" : d.getType();
        String extension = switch (type) {
            case "jar", "test-jar", "bundle", "maven-plugin", "ejb" -> "jar";
            default -> type;
        };
        String classifier = d.getClassifier() != null ? d.getClassifier() : "test-jar".equals(type) ? "tests" : "";
        if (d.getVersion() == null || d.getVersion().isBlank()) {
            throw new IllegalArgumentException("dependency " + d.getGroupId() + ":" + d.getArtifactId()
                    + " has no <version> (and none from <dependencyManagement>)");
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (org.apache.maven.model.Exclusion x : d.getExclusions()) {
            exclusions.add(new Exclusion(x.getGroupId(), x.getArtifactId(), "*", "*"));
        }
        return new Dependency(new DefaultArtifact(d.getGroupId(), d.getArtifactId(), classifier, extension, d.getVersion()),
                JavaScopes.RUNTIME, d.isOptional(), exclusions);
    }

    private static String problems(ModelBuildingException e) {
        StringBuilder sb = new StringBuilder("the cell's POM has errors:");
        for (ModelProblem p : e.getProblems()) {
            if (p.getSeverity() != ModelProblem.Severity.WARNING) {
                sb.append("\n  ").append(CellPom.withoutFinalPeriod(p.getMessage()));
            }
        }
        return sb.toString();
    }
}
