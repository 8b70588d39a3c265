package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Python's name=value arguments: a warning when one compiles (assigning to a variable), nothing for look-alikes. */
class KeywordArgumentsTest {
    private static final Set<String> VARIABLES = Set.of("lr", "i", "total", "momentum");
    private static CodeEvaluator eval;
    private static final List<String> warned = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        eval = new CodeEvaluator();
        eval.warningsTo(warned::add);
        eval.eval("var kwModel = new Linear(2, 1); double lr = 0.5; int total = 0;");
    }

    @AfterAll
    static void stop() {
        eval.close();
    }

    private static List<String> warnings(String source) {
        return KeywordArguments.warnings(source, VARIABLES::contains);
    }

    @Test
    void anAssignmentPassedAsAnArgumentToAVariableIsNamed() {
        assertEquals(List.of("warning: `lr=0.1` assigns 0.1 to your variable lr; Java has no keyword arguments: pass 0.1"),
                warnings("var opt = new SGD(model.parameters(), lr=0.1);"));
        assertEquals(List.of("warning: `momentum = 0.9` assigns 0.9 to your variable momentum; Java has no keyword"
                + " arguments: pass 0.9"), warnings("opt = new SGD(ps, 0.1, momentum = 0.9)"));
        assertEquals(1, warnings("void setUp() { double rate = 1; train(rate=0.5); }").size(),
                "a variable the snippet declares counts too");
    }

    @Test
    void lookAlikesAreNoKeywordArguments() {
        for (String code : List.of("f(lr == 0.1)", "f(lr <= 0.1, lr >= 1, lr != 2)", "list.forEach(v -> total = v)",
                "System.out.println(\"lr=0.1\")", "for (int i = 0; i < 3; i++) { f(i); }", "f(total += 1)",
                "@SuppressWarnings(value = \"x\") void g() { }", "f((lr = 0.1))", "int[] q = {1, 2}; f(q[0] = 3)")) {
            assertEquals(List.of(), warnings(code), code);
        }
        assertEquals(List.of(), warnings("new LSTM(1, 16, batch_first=true)"), "no such variable: a compile error instead");
    }

    @Test
    void theFoundArgumentNamesItsCallee() {
        assertEquals(List.of(new KeywordArguments.Use("batch_first", "batch_first=true", "true", "LSTM", true)),
                KeywordArguments.in("new jgrad.nn.LSTM(1, 16, batch_first=true)"));
        assertEquals("max", KeywordArguments.in("x.max(dim=1).sum()").get(0).callee());
        assertEquals(List.of(), KeywordArguments.in("this does not parse (lr=1"));
    }

    @Test
    void theKernelWarnsBeforeTheCellRunsAndStillRunsIt() throws Exception {
        warned.clear();
        eval.eval("var kwOpt = new SGD(kwModel.parameters(), lr=0.1);");
        assertEquals(List.of("warning: `lr=0.1` assigns 0.1 to your variable lr; Java has no keyword arguments: pass 0.1"),
                warned);
        assertEquals(0.1, eval.eval("lr"), "the trap is real: the assignment happened");
        warned.clear();
        eval.eval("var kwOk = new SGD(kwModel.parameters(), lr == 0.1 ? 0.2 : 0.3);");
        assertEquals(List.of(), warned);
    }

    @Test
    void withoutSuchAVariableTheErrorNamesTheParameterPosition() {
        List<String> lines = assertThrows(CompilationException.class,
                () -> eval.eval("var kwLstm = new LSTM(1, 16, batch_first=true);")).lines();
        assertTrue(lines.contains("hint: Java has no keyword arguments: pass batch_first by position, as in"
                + " new LSTM(int inputSize, int hiddenSize, int numLayers, boolean batchFirst)"), lines.toString());
        List<String> max = assertThrows(CompilationException.class, () -> eval.eval("Tensor.randn(2, 3).max(dim=1)")).lines();
        assertTrue(max.contains("hint: Java has no keyword arguments: pass dim by position, as in max(int dim)"), max.toString());
    }
}
