package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.jshell.Snippet;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only the latest $N temporaries stay defined, and those a cell named. */
class TemporariesTest {
    private CodeEvaluator eval;

    @BeforeEach
    void start() {
        eval = new CodeEvaluator();
    }

    @AfterEach
    void stop() {
        eval.close();
    }

    private Object run(String cell) throws Exception {
        eval.beginCell(1, cell);
        return eval.eval(cell);
    }

    private long definedTemporaries() {
        return eval.shell().variables()
                .filter(v -> v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                .filter(v -> eval.shell().status(v).isActive())
                .count();
    }

    private String lastTemporary() {
        return eval.shell().variables().reduce((a, b) -> b).map(VarSnippet::name).orElseThrow();
    }

    @Test
    void theLatestTemporariesStayAndOlderOnesGo() throws Exception {
        run("10 + 1");
        String first = lastTemporary();
        for (int i = 0; i < Temporaries.KEPT + 5; i++) {
            assertEquals(i * 2, run(i + " * 2"));
        }
        assertEquals(Temporaries.KEPT, definedTemporaries());
        String latest = lastTemporary();
        assertEquals((Temporaries.KEPT + 4) * 2, run(latest));
        assertThrows(CompilationException.class, () -> run(first));
    }

    @Test
    void aTemporaryANamedCellUsesIsKept() throws Exception {
        run("20 + 1");
        String first = lastTemporary();
        run("int twice = " + first + " * 2;");
        for (int i = 0; i < Temporaries.KEPT + 5; i++) {
            run(i + " + 1");
        }
        assertEquals(21, run(first));
        assertEquals(42, run("twice"));
        assertTrue(definedTemporaries() <= Temporaries.KEPT + 2);
    }

    @Test
    void aMethodUsingATemporaryStillRunsAfterManyCells() throws Exception {
        run("\"abc\"");
        String first = lastTemporary();
        run("int size() { return " + first + ".length(); }");
        for (int i = 0; i < Temporaries.KEPT + 5; i++) {
            run(i + " + 1");
        }
        assertEquals(3, run("size()"));
    }
}
