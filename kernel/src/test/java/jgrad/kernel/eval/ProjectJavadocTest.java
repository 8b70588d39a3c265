package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectJavadocTest {
    @TempDir
    static Path root;
    static ProjectJavadoc docs;

    @BeforeAll
    static void sources() throws IOException {
        write("demo/shapes/Shape.java", """
                package demo.shapes;
                /** Something with an area. */
                public interface Shape {
                    /** The area in square units. */
                    double area();
                }
                """);
        write("demo/shapes/Square.java", """
                package demo.shapes;
                /**
                 * A square.
                 * @see Shape
                 */
                public class Square implements Shape {
                    /** Side length. */
                    public final double side;
                    /** A square of the given side. */
                    public Square(double side) { this.side = side; }
                    public double area() { return side * side; }
                    /** The side, as a method. */
                    public double side() { return side; }
                    /** Scaled by one factor. */
                    public Square scale(double factor) { return this; }
                    /** Scaled by a factor per axis. */
                    public Square scale(double fx, double fy) { return this; }
                    /** Scaled by a factor of another kind. */
                    public Square scale(float factor) { return this; }
                    /** A corner. */
                    public static final class Corner {
                        /** Where it is. */
                        public java.util.List<Double> at(double... xs) { return null; }
                    }
                    /** How it is drawn. */
                    public enum Style { /** Lines only. */ OUTLINE, FILLED }
                }
                """);
        write("demo/shapes/Pair.java", """
                package demo.shapes;
                /** Two shapes side by side. */
                public record Pair(Shape left, Shape right) {
                    /** Both areas. */
                    public double area() { return left.area() + right.area(); }
                }
                """);
        docs = new ProjectJavadoc(new ProjectSources(List.of(root)));
    }

    /** The javadoc of the declaration signed so, without the comment's surrounding white space. */
    private static String doc(String signature) {
        return docs.of(signature).map(String::strip).orElse(null);
    }

    private static void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void typesByQualifiedOrNestedName() {
        assertEquals("A square.\n @see Shape", doc("demo.shapes.Square"));
        assertEquals("A corner.", doc("demo.shapes.Square.Corner"));
        assertEquals("Where it is.", doc("List<Double> Square.Corner.at(double... xs)"));
    }

    @Test
    void membersByNameKindAndParameters() {
        assertEquals("Side length.", doc("Square.side:double"));
        assertEquals("The side, as a method.", doc("double Square.side()"));
        assertEquals("A square of the given side.", doc("Square(double side)"));
        assertEquals("Scaled by one factor.", doc("Square Square.scale(double factor)"));
        assertEquals("Scaled by a factor per axis.", doc("Square Square.scale(double fx, double fy)"));
        assertEquals("Scaled by a factor of another kind.", doc("Square Square.scale(float factor)"));
        assertEquals("Lines only.", doc("Square.Style.OUTLINE"));
    }

    @Test
    void aMethodWithoutItsOwnCommentTakesTheOverriddenOne() {
        assertEquals("The area in square units.", doc("double Square.area()"));
    }

    @Test
    void aRecordIsDocumentedByItsCommentWhicheverWayTheJdkWritesIt() {
        assertEquals("Two shapes side by side.", doc("demo.shapes.Pair"));
        assertEquals("Two shapes side by side.", doc("demo.shapes.Pair(Shape left, Shape right)"));
        assertEquals("Both areas.", doc("double Pair(demo.shapes.Shape left, demo.shapes.Shape right).area()"));
    }

    @Test
    void whatIsNotInTheSourcesHasNoJavadoc() {
        assertNull(doc("java.lang.String"));
        assertNull(doc("int Math.abs(int a)"));
        assertNull(doc("double Square.missing()"));
        assertNull(doc("not a signature ((("));
    }
}
