package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jgrad.kernel.display.ValueStash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cell's trailing expression yields its real object, read from the snippet JShell ran: no second
 * snippet is compiled to fetch it (that lookup doubled the cost of every cell with a value).
 */
class CellValueTest {
    private static CodeEvaluator eval;

    @BeforeAll
    static void start() {
        eval = new CodeEvaluator();
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    private static Object run(String cell) throws Exception {
        eval.beginCell(1, cell);
        return eval.eval(cell);
    }

    private static long snippets() {
        return eval.shell().snippets().count();
    }

    @Test
    void anExpressionCompilesOneSnippetOnly() throws Exception {
        long before = snippets();
        assertEquals(2, run("1 + 1"));
        assertEquals(before + 1, snippets());
    }

    @Test
    void anExpressionYieldsTheObjectItself() throws Exception {
        run("int[] shared = {1, 2, 3};");
        Object array = run("shared");
        long before = snippets();
        assertSame(array, run("java.util.Objects.requireNonNull(shared)"));
        assertEquals(before + 1, snippets());
    }

    @Test
    void aNullExpressionYieldsTheNullMarker() throws Exception {
        long before = snippets();
        assertSame(ValueStash.NULL, run("(String) null"));
        assertEquals(before + 1, snippets());
    }
}
