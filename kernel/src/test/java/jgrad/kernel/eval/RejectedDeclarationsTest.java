package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A declaration that does not compile leaves the variable, method or class it would have replaced as it was. */
class RejectedDeclarationsTest {
    private CodeEvaluator eval;
    private int count;

    @BeforeEach
    void start() {
        eval = new CodeEvaluator();
    }

    @AfterEach
    void stop() {
        eval.close();
    }

    private Object run(String cell) throws Exception {
        eval.beginCell(++count, cell);
        return eval.eval(cell);
    }

    /** Runs a cell that must not compile; returns its error and what it printed on System.err. */
    private List<String> reject(String cell) {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            CompilationException e = assertThrows(CompilationException.class, () -> run(cell));
            return List.of(e.getMessage(), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    private Optional<String> resetReason(String name) {
        VarSnippet v = eval.variables().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        return eval.resetReason(v);
    }

    @Test
    void aVariableKeepsItsValueAndItsInitializerDoesNotRunAgain() throws Exception {
        run("int runs = 0;");
        run("var x = ++runs + 2;");
        run("int y = x + 1;");
        List<String> rejected = reject("int x = \"bad\";");
        assertTrue(rejected.get(0).contains("incompatible types: java.lang.String cannot be converted to int"),
                rejected.get(0));
        assertEquals("", rejected.get(1), "nothing was reset");
        assertEquals("3 4 1", run("x + \" \" + y + \" \" + runs"));
        assertEquals(Optional.empty(), resetReason("x"));
        run("x = 10;");
        assertEquals(10, run("x"), "still the int variable it was");
    }

    @Test
    void aVariableJShellHadRecompiledKeepsItsValue() throws Exception {
        run("int k = 1;");
        run("var kx = k * 3;");
        run("int k = 2;"); // kx recompiled into a new class; declaring it again makes another
        reject("int kx = \"bad\";");
        assertEquals(3, run("kx"));
        assertEquals(Optional.empty(), resetReason("kx"));
    }

    @Test
    void aTensorKeepsItsValueThroughAnyNumberOfRejectedDeclarations() throws Exception {
        Object t = run("var t = Tensor.ones(2, 3); t");
        reject("var t = Tensor.ones(2, 3) +;");
        reject("Tensor t = 5;");
        reject("String t = t.sum();");
        assertEquals(t, run("t"));
    }

    @Test
    void aMethodStillWorksAndSoDoesWhatCallsIt() throws Exception {
        run("int f() { return 1; }");
        run("int h() { return f() + 1; }");
        reject("int f() { return \"s\"; }");
        assertEquals(1, run("f()"));
        assertEquals(2, run("h()"));
    }

    @Test
    void aRestoredMethodsErrorsNameTheCellItWasWrittenIn() throws Exception {
        run("int boom(int n) {\n  return 1 / n;\n}");
        reject("int boom(int n) { return \"s\"; }");
        eval.beginCell(++count, "boom(0)");
        CellException e = assertThrows(CellException.class, () -> eval.eval("boom(0)"));
        assertEquals(List.of("java.lang.ArithmeticException: / by zero", "\tat boom (cell[1] line 2)",
                "\tat cell[3] line 1"), e.lines());
    }

    @Test
    void aClassStillWorksAndItsInstancesKeepTheirValues() throws Exception {
        run("class C { int v = 1; }");
        run("var c = new C(); c.v = 5;");
        List<String> rejected = reject("class C { int v = \"q\"; }");
        assertEquals("", rejected.get(1), "no variable was reset");
        assertEquals(5, run("c.v"));
        assertEquals(1, run("new C().v"));
        assertEquals(true, run("c.getClass() == new C().getClass()"));
        assertEquals(Optional.empty(), resetReason("c"));
    }

    @Test
    void aVariableDeclaredWithOthersIsDeclaredAgainAlone() throws Exception {
        run("int m1 = 1, m2 = 2;");
        reject("int m1 = 5, m2 = \"x\";");
        assertEquals("5 2", run("m1 + \" \" + m2"), "m1 as the user declared it, m2 as it was");
    }

    @Test
    void aResetVariableStaysMarkedAsReset() throws Exception {
        run("class Pt { }");
        run("var pt = new Pt();");
        run("class Pt { int y; }");
        reject("int pt = \"bad\";");
        assertEquals(Optional.of("its type Pt changed"), resetReason("pt"));
    }

    @Test
    void aDeclarationThatReplacedNothingIsJustAnError() throws Exception {
        reject("int fresh = \"bad\";");
        assertTrue(eval.variables().stream().noneMatch(v -> v.name().equals("fresh")));
        run("int fresh = 1;");
        assertEquals(1, run("fresh"));
    }
}
