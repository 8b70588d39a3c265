package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jdk.jshell.VarSnippet;
import jgrad.kernel.display.ValueStash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cell that declares something again leaves the values of variables computed from it, as Python does. */
class KeptVariablesTest {
    private CodeEvaluator eval;

    @BeforeEach
    void start() {
        eval = new CodeEvaluator();
    }

    @AfterEach
    void stop() {
        eval.close();
    }

    /** Runs a cell; returns what it printed on System.err (the reset note). */
    private String run(String cell) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            eval.beginCell(1, cell);
            eval.eval(cell);
        } finally {
            System.setErr(err);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Object value(String expression) throws Exception {
        return eval.eval(expression);
    }

    private Optional<String> resetReason(String name) {
        VarSnippet v = eval.variables().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        return eval.resetReason(v);
    }

    @Test
    void aNewModelLeavesTheOutputsOfTheOldOne() throws Exception {
        run("var m2 = new Sequential(new Linear(2, 3)); var o2 = m2.call(Tensor.ones(1, 2)); var a2 = o2.sum().item();");
        Object out = value("o2");
        Object sum = value("a2");
        assertEquals("", run("var m2 = new Sequential(new Linear(2, 3), new ReLU());"));
        assertSame(out, value("o2"));
        assertEquals(sum, value("a2"));
        assertEquals("[1, 3]", value("Arrays.toString(o2.shape())"));
        assertEquals(Optional.empty(), resetReason("o2"));
    }

    @Test
    void aChainOfDependentCellsKeepsEveryValue() throws Exception {
        run("var a = 1;");
        run("var b = a + 1;");
        run("var c = b + 1;");
        assertEquals("", run("var a = 10;"));
        assertEquals("10 2 3", value("a + \" \" + b + \" \" + c"));
    }

    @Test
    void aRedefinedMethodLeavesWhatItComputedBefore() throws Exception {
        run("int f() { return 1; }");
        run("var y = f();");
        assertEquals("", run("int f() { return 2; }"));
        assertEquals(1, value("y"));
        assertEquals(2, value("f()"));
    }

    @Test
    void anInstanceOfARedefinedClassIsResetUnlessItsVariableStillHoldsIt() throws Exception {
        run("class Foo { }");
        run("var foo = new Foo(); Object any = foo;");
        String note = run("class Foo { int x = 7; }");
        assertEquals("note: foo was reset (its type Foo changed); run the cell that computes it again", note.strip());
        assertEquals(Optional.of("its type Foo changed"), resetReason("foo"));
        assertEquals("Foo", value("any.getClass().getSimpleName()"), "an Object variable keeps the old instance");
        assertEquals(Optional.empty(), resetReason("any"));
        run("var foo = new Foo();");
        assertEquals(7, value("foo.x"));
        assertEquals(Optional.empty(), resetReason("foo"));
    }

    @Test
    void aValueWhoseDeclarationNoLongerCompilesIsNamedOnce() throws Exception {
        run("var p = 1;");
        run("var q = p;");
        run("var r = q + 1;");
        String note = run("var p = \"x\";");
        assertEquals(1, note.lines().count(), note);
        assertTrue(note.startsWith("note: q was reset (its declaration no longer compiles: incompatible types: String cannot"
                + " be converted to int); r was reset (its declaration uses variable q, which cannot be used now)"), note);
        assertTrue(resetReason("q").orElseThrow().startsWith("its declaration no longer compiles"));
        assertEquals("", run("var p2 = 3;"), "no note for cells that reset nothing");
    }

    @Test
    void theCellsOwnAssignmentWins() throws Exception {
        run("var base = 1;");
        run("var derived = base * 2;");
        run("var base = 5; derived = base * 2;");
        assertEquals(10, value("derived"));
        run("derived = 100; var base = 6;");
        assertEquals(100, value("derived"), "assigned before the redeclaration in the same cell: kept as assigned");
    }

    @Test
    void aVariableOfARedefinedTypeIsResetUntilAssigned() throws Exception {
        run("class Bar { }");
        run("Bar bar = new Bar(); List<Bar> bars = new ArrayList<>(List.of(bar));");
        String note = run("class Bar { int y; }");
        assertTrue(note.startsWith("note: bar was reset (its type Bar changed); bars was reset (its type List<Bar> changed)"),
                note);
        assertSame(ValueStash.NULL, value("bar"));
        run("bar = new Bar();");
        assertEquals(Optional.empty(), resetReason("bar"), "assigned since: it has a value again");
        assertEquals(Optional.of("its type List<Bar> changed"), resetReason("bars"));
    }
}
