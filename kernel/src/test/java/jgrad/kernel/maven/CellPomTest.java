package jgrad.kernel.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.aether.graph.Dependency;
import org.junit.jupiter.api.Test;

class CellPomTest {
    private static List<String> coordinates(PomDependencies pom) {
        return pom.dependencies().stream().map(Dependency::getArtifact).map(Object::toString).toList();
    }

    @Test
    void aFragmentOfDependenciesAndRepositoriesBecomesAPom() {
        PomDependencies pom = PomDependencies.read("""
                <properties><v>2.1</v></properties>
                <dependency><groupId>g</groupId><artifactId>one</artifactId><version>${v}</version></dependency>
                <dependencies>
                  <dependency><groupId>g</groupId><artifactId>two</artifactId><version>1</version>
                    <type>test-jar</type></dependency>
                </dependencies>
                <repositories><repository><id>mine</id><url>https://example.org/repo/</url></repository></repositories>
                """);
        assertEquals(List.of("g:one:jar:2.1", "g:two:jar:tests:1"), coordinates(pom));
        assertEquals("mine", pom.repositories().get(0).getId());
        assertEquals("https://example.org/repo/", pom.repositories().get(0).getUrl());
    }

    @Test
    void aWholeProjectKeepsItsDependencyManagementAndExclusions() {
        PomDependencies pom = PomDependencies.read("""
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion><groupId>me</groupId><artifactId>nb</artifactId><version>1</version>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>g</groupId><artifactId>managed</artifactId><version>3.0</version></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>g</groupId><artifactId>managed</artifactId>
                      <exclusions><exclusion><groupId>x</groupId><artifactId>y</artifactId></exclusion></exclusions>
                    </dependency>
                  </dependencies>
                </project>""");
        assertEquals(List.of("g:managed:jar:3.0"), coordinates(pom));
        assertEquals("y", pom.dependencies().get(0).getExclusions().iterator().next().getArtifactId());
        assertEquals(1, pom.managed().size());
    }

    @Test
    void badCellsAreNamed() {
        assertMessage("<dependency>", "not well-formed XML");
        assertMessage("<dependency><groupId>g</groupId><artifactId>a</artifactId></dependency>", "version");
        assertMessage("<properties/>", "declares no <dependency>");
        assertMessage("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><dependency/>", "not well-formed XML");
        assertMessage("hello", "text outside any element");
    }

    private static void assertMessage(String cell, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PomDependencies.read(cell));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
