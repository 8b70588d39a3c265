package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeEvaluatorTest {
    private static CodeEvaluator eval;

    @BeforeAll
    static void start() {
        eval = new CodeEvaluator();
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    @Test
    void variablesPersistAndTrailingExpressionIsTheValue() throws Exception {
        assertEquals(CodeEvaluator.NO_VALUE, eval.eval("int x = 3;"));
        assertEquals(6, eval.eval("x * 2"));
    }

    /** What %%track relies on to draw nothing for a cell that does not compile. */
    @Test
    void theHookRunsOnceBeforeCodeThatCompiledRunsAndNeverForCodeThatDoesNot() throws Exception {
        List<String> seen = new java.util.ArrayList<>();
        eval.eval("List<String> hookOrder = new ArrayList<>();");
        eval.eval("hookOrder.add(\"first\");\nhookOrder.add(\"second\");", () -> seen.add("hook " + Thread.currentThread().getName()));
        assertEquals(1, seen.size(), "once per cell, not per snippet");
        assertEquals(List.of("first", "second"), eval.eval("hookOrder"));
        assertEquals("hook " + Thread.currentThread().getName(), seen.get(0), "on the evaluating thread");
        assertThrows(CompilationException.class, () -> eval.eval("int broken = ;", () -> seen.add("compile error")));
        eval.eval("int afterwards = 1;");
        assertEquals(1, seen.size(), "neither for code that does not compile nor left over for the next cell");
    }

    @Test
    void valuesAreTheRealObjectsNotCopies() throws Exception {
        Object list = eval.eval("var held = new ArrayList<String>(List.of(\"a\"));\nheld");
        assertTrue(list instanceof java.util.ArrayList);
        assertSame(list, eval.eval("held"), "a bare variable yields the object it holds");
        Object array = eval.eval("new int[] {1, 2}");
        assertTrue(array instanceof int[]);
        assertSame(list, eval.eval("held = held"), "an assignment yields the assigned object");
        assertSame(jgrad.kernel.display.ValueStash.NULL, eval.eval("String nothing = null;\nnothing"));
    }

    @Test
    void expressionsThatRunTwiceWouldShowSideEffectsRunOnce() throws Exception {
        eval.eval("int calls = 0;\nint bump() { return ++calls; }");
        assertEquals(1, eval.eval("bump()"));
        assertEquals(1, eval.eval("calls"));
    }

    @Test
    void inspectFindsTheSymbolAnywhereInItsNameAndMethodsWithoutParentheses() throws Exception {
        eval.eval("String greeting = \"hi\";");
        assertTrue(eval.inspect("greeting", 3).contains("java.lang.String"), eval.inspect("greeting", 3));
        assertTrue(eval.inspect("Math.max", 8).contains("double Math.max(double a, double b)"));
        assertTrue(eval.inspect("Math.max", 6).contains("int Math.max(int a, int b)"));
        assertTrue(eval.inspect("greeting.toUpperCase", 12).contains("String.toUpperCase("));
        assertEquals("", eval.inspect("1 + 1", 2));
    }

    @Test
    void inspectShowsTheJavadocOfJgradsOwnClassesWithParameterNames() {
        String curves = eval.inspect("Plots.curves(", 13);
        assertTrue(curves.contains("Chart Plots.curves(String title, String xLabel"), curves);
        assertTrue(curves.contains("One line per named series"), curves);
        String tensor = eval.inspect("Tensor", 3);
        assertTrue(tensor.contains("N-dimensional tensor with reverse-mode autograd"), tensor);
        String backward = eval.inspect("Tensor.randn(2).backward", 20);
        assertTrue(backward.contains("void Tensor.backward()"), backward);
    }

    @Test
    void trailingSemicolonSuppressesTheValueAsInIPython() throws Exception {
        assertEquals(CodeEvaluator.NO_VALUE, eval.eval("System.out.printf(\"\");"));
        assertEquals(CodeEvaluator.NO_VALUE, eval.eval("int z = 4;\nz + 1;"));
        assertEquals(5, eval.eval("int z2 = 4;\nz2 + 1"));
    }

    @Test
    void compileErrorNamesTheLineAndTheProblem() {
        CompilationException e = assertThrows(CompilationException.class, () -> eval.eval("int y = \"s\";"));
        assertEquals("int y = \"s\";", e.lines().get(0));
        assertTrue(e.lines().get(1).contains("incompatible types"), e.lines().toString());
    }

    @Test
    void exceptionTraceShowsOnlyUserFrames() {
        CellException e = assertThrows(CellException.class,
                () -> eval.eval("void boom() { throw new IllegalStateException(\"bad\"); }\nboom();"));
        assertEquals("java.lang.IllegalStateException: bad", e.lines().get(0));
        assertEquals(List.of("java.lang.IllegalStateException: bad", "\tat boom (cell[?] line 1)", "\tat cell[?] line 2"),
                e.lines());
        assertTrue(e.lines().stream().noneMatch(l -> l.contains("jdk.jshell") || l.contains("reflect")
                || l.contains("jgrad.kernel")), e.lines().toString());
    }

    @Test
    void exitCallsAreRefusedByName() {
        assertTrue(assertThrows(ForbiddenCallException.class, () -> eval.eval("System.exit(0);"))
                .getMessage().startsWith("System.exit is disabled"));
        assertTrue(assertThrows(ForbiddenCallException.class, () -> eval.eval("Runtime.getRuntime().halt(0);"))
                .getMessage().startsWith("Runtime.getRuntime().halt is disabled"));
        assertTrue(assertThrows(ForbiddenCallException.class, () -> eval.eval("Runtime.getRuntime() . exit(1);"))
                .getMessage().startsWith("Runtime.getRuntime().exit is disabled"));
    }

    @Test
    void anInterruptBeforeTheCodeStartsStopsItBeforeAnythingRuns() throws Exception {
        eval.eval("int ranBeforeInterrupt = 0;");
        eval.startCell(Optional.empty());
        try {
            eval.interrupt(Optional.empty());
            assertThrows(CellInterruptedException.class, () -> eval.eval("ranBeforeInterrupt = 1;"));
        } finally {
            eval.endCell();
        }
        assertEquals(0, eval.eval("ranBeforeInterrupt"));
    }

    @Test
    void interruptsAtAnyMomentStopTheCellAndKeepItsVariables() throws Exception {
        eval.eval("long spun = 0;");
        for (int delayMs : new int[] {0, 1, 3, 10, 30, 100}) {
            eval.startCell(Optional.empty());
            Thread interrupter = new Thread(() -> {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    return;
                }
                eval.interrupt(Optional.empty());
            });
            interrupter.start();
            try {
                assertThrows(CellInterruptedException.class, () -> eval.eval("int before = 1;\nwhile (true) { spun++; }"),
                        "interrupt after " + delayMs + " ms");
            } finally {
                eval.endCell();
                interrupter.join();
            }
        }
        assertEquals(2, eval.eval("1 + 1"), "the next cell runs");
    }

    @Test
    void anInterruptWhileNoCellRunsIsIgnored() throws Exception {
        eval.interrupt(Optional.empty());
        eval.startCell(Optional.empty());
        try {
            assertEquals(3, eval.eval("1 + 2"));
        } finally {
            eval.endCell();
        }
    }

    @Test
    void isCompleteClassifiesInput() {
        assertEquals("complete", eval.isComplete("int a = 1;"));
        // incomplete: the answer is the next line's indent
        assertEquals("    ", eval.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals("", eval.isComplete("int b = 1 +"));
    }

    @Test
    void completionSuggestsMembers() {
        String code = "\"abc\".subs";
        CodeEvaluator.Completions c = eval.complete(code, code.length());
        assertTrue(c.names().stream().anyMatch(n -> n.startsWith("substring")), c.names().toString());
    }
}
