package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgrad.autograd.Anomaly;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors name the cell and the line in it, also for code defined in an earlier cell. */
class CellTracebackTest {
    private static CodeEvaluator eval;

    @BeforeAll
    static void start() {
        eval = new CodeEvaluator();
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    private static CellException fail(int count, String cell) {
        eval.beginCell(count, cell);
        return assertThrows(CellException.class, () -> eval.eval(cell));
    }

    private static Object run(int count, String cell) throws Exception {
        eval.beginCell(count, cell);
        return eval.eval(cell);
    }

    @Test
    void anExceptionNamesItsCellAndLine() {
        CellException e = fail(3, "int zero = 0;\nint q = 5;\n\nint r = q / zero;");
        assertEquals(List.of("java.lang.ArithmeticException: / by zero", "\tat cell[3] line 4"), e.lines());
    }

    @Test
    void aMethodFromAnEarlierCellNamesBothCells() throws Exception {
        run(2, "// helpers\nint lossOf(int x) {\n  int y = 1;\n  return y / x;\n}");
        CellException e = fail(4, "int k = 2;\nlossOf(k - 2)");
        assertEquals(List.of("java.lang.ArithmeticException: / by zero",
                "\tat lossOf (cell[2] line 4)", "\tat cell[4] line 2"), e.lines());
    }

    @Test
    void classesAndLambdasAreNamedAsWritten() throws Exception {
        run(5, "class Net {\n  int forward(int x) {\n    Runnable r = () -> {\n      throw new IllegalStateException(\"x=\" + x);\n    };\n    r.run();\n    return x;\n  }\n}");
        CellException e = fail(6, "new Net()\n    .forward(7);");
        assertEquals(List.of("java.lang.IllegalStateException: x=7", "\tat Net.forward (cell[5] line 4)",
                "\tat Net.forward (cell[5] line 6)", "\tat cell[6] line 2"), e.lines());
    }

    @Test
    void aCellMagicsBodyCountsFromTheLineAfterTheMagic() {
        String cell = "%%time\nint a = 1;\nthrow new RuntimeException(\"late\");";
        eval.beginCell(7, cell);
        CellException e = assertThrows(CellException.class, () -> eval.eval(cell.substring(cell.indexOf('\n') + 1)));
        assertEquals("\tat cell[7] line 3", e.lines().get(1));
    }

    @Test
    void recursionIsCountedNotListed() throws Exception {
        run(14, "int down(int n) {\n  return n == 0 ? 1 / n : down(n - 1);\n}");
        CellException e = fail(15, "down(20)");
        assertEquals(List.of("java.lang.ArithmeticException: / by zero", "\tat down (cell[14] line 2)",
                "\tat down (cell[14] line 2)", "\tat down (cell[14] line 2)",
                "\t[previous frame repeated 18 more times]", "\tat cell[15] line 1"), e.lines());
    }

    @Test
    void exceptionClassesDeclaredInACellKeepTheirName() throws Exception {
        run(16, "class TooBig extends RuntimeException {\n  TooBig(String m) { super(m); }\n}");
        CellException e = fail(17, "throw new TooBig(\"11\");");
        assertEquals("TooBig", e.exceptionName());
        assertEquals(List.of("TooBig: 11", "\tat cell[17] line 1"), e.lines());
    }

    @Test
    void causesAreMappedToo() throws Exception {
        run(8, "void wrap() {\n  try {\n    Integer.parseInt(\"x\");\n  } catch (NumberFormatException e) {\n    throw new IllegalArgumentException(\"bad\", e);\n  }\n}");
        CellException e = fail(9, "wrap();");
        assertTrue(e.lines().contains("\tat wrap (cell[8] line 5)"), e.lines().toString());
        assertTrue(e.lines().contains("\tat wrap (cell[8] line 3)"), e.lines().toString());
        assertTrue(e.lines().contains("\tat cell[9] line 1"), e.lines().toString());
    }

    @Test
    void anomalyMessagesNameTheCellLineOfTheForwardOp() throws Exception {
        Anomaly.enable();
        try {
            run(10, "var x = Tensor.of(-1, 2).requiresGrad();");
            CellException forward = fail(11, "var ok = x.exp();\nvar y = x.log();");
            assertTrue(forward.getMessage().endsWith("; called from cell[11] line 2"), forward.getMessage());
            assertTrue(forward.lines().get(0).endsWith("; called from cell[11] line 2"), forward.lines().get(0));
            assertEquals("\tat cell[11] line 2", forward.lines().get(forward.lines().size() - 1));

            run(12, "var t = Tensor.of(0, 1).requiresGrad();\n\nvar s = t.sqrt()\n    .sum();");
            CellException backward = fail(13, "s.backward();");
            assertTrue(backward.getMessage().endsWith("The forward op was created at cell[12] line 3"),
                    backward.getMessage());
        } finally {
            Anomaly.disable();
        }
    }

    @Test
    void anomalyMessagesThatTheCellPrintsNameTheCellLineToo() throws Exception {
        Anomaly.enable();
        try {
            run(14, "var neg = Tensor.of(-1, 2).requiresGrad();\nString caught = \"\";");
            run(15, "try {\n    neg\n        .log();\n} catch (ArithmeticException e) {\n    caught = e.getMessage();\n}");
            String printed = (String) run(16, "caught");
            assertTrue(printed.endsWith("; called from cell[15] line 3"), printed);
            run(17, "var z = Tensor.of(0, 1).requiresGrad();\nvar zs = z.sqrt().sum();");
            run(18, "try { zs.backward(); } catch (ArithmeticException e) { caught = e.getMessage(); }");
            String created = (String) run(19, "caught");
            assertTrue(created.endsWith("The forward op was created at cell[17] line 2"), created);
            assertFalse(created.contains("$JShell") || printed.contains("$JShell"));
        } finally {
            Anomaly.disable();
        }
    }
}
